import { makePledge } from '@/test-utils/pledge-fixtures';
import type { ImportAnalysis } from '../model/import-types';
import { summarise } from './summarise';

const header = { title: 'Bundled', asOf: '2026-01-01', compiledFrom: 'research', notes: [] };
const pkg = makePledge({ id: 'P010', kind: 'package-total', donors: ['DEU', 'FRA'] });
const share = makePledge({ id: 'P011', donors: ['DEU'], shareOf: 'P010', amount: 1 });
const bundled = { dataset: header, pledges: [pkg, share, makePledge({ id: 'P012' })] };

const analysis = (ids: string[]): ImportAnalysis => ({
  fileName: 'mine.csv',
  kind: 'pledges',
  detectedKind: 'pledges',
  format: 'csv',
  fatal: [],
  accepted: ids.length,
  rejected: [],
  warnings: [],
  notes: [],
  release: null,
  payload: {
    kind: 'pledges',
    data: {
      dataset: { dataset: header, pledges: ids.map((id) => makePledge({ id })) },
      rejected: [],
    },
  },
});

describe('summarise: the preview of adding a pledge list to the bundled one', () => {
  it('names the bundled lines that adding leaves out (a share of a package that is no more)', () => {
    // P010 replaced by a plain contribution: P011 can no longer be a share of it.
    const summary = summarise(analysis(['U001', 'P010']), null, bundled);
    expect(summary.pledgeIds).toEqual(['U001', 'P010']);
    expect(summary.added).toMatchObject({ usable: true, totals: null, leftOut: ['P011'] });
  });

  it('nothing left out when the file only adds lines; no add preview without the bundled data', () => {
    expect(summarise(analysis(['U001']), null, bundled).added).toMatchObject({
      totals: null,
      leftOut: [],
    });
    expect(summarise(analysis(['U001']), null, null).added).toBeNull();
  });

  it('the add report is the check against the bundled lines: usable when the file alone is not', () => {
    const alone = analysis([]);
    const refused: ImportAnalysis = {
      ...alone,
      fatal: ['No valid row'],
      accepted: 0,
      rejected: [{ row: 2, label: 'U001', reason: 'shareOf: not in the file' }],
      payload: null,
      asAdded: { ...analysis(['U001']), notes: [] },
    };
    const summary = summarise(refused, null, bundled);
    expect(summary.usable).toBe(false);
    expect(summary.added).toMatchObject({
      usable: true,
      accepted: 1,
      rejected: [],
      pledgeIds: ['U001'],
    });
  });
});
