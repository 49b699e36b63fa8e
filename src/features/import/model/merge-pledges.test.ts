// @vitest-environment node
import { parsePledgeRows } from '@/features/pledges';
import { makePledge, TEST_RATES } from '@/test-utils/pledge-fixtures';
import { grandTotal, pledgeTotals } from './donor-totals';
import { addToBundled, planMerge } from './merge-pledges';

const header = { title: 'Bundled', asOf: '2026-01-01', compiledFrom: 'research', notes: ['n'] };
const bundled = {
  dataset: header,
  pledges: [makePledge({ id: 'P001' }), makePledge({ id: 'P002' })],
};
const file = (ids: string[]) => ({
  dataset: { ...header, title: 'Mine' },
  pledges: ids.map((id) => makePledge({ id, label: `mine ${id}` })),
});

describe('planMerge', () => {
  it('adding: counts the bundled lines, the file’s lines and names the ids both have', () => {
    expect(planMerge('add', ['P001', 'P002'], ['U001', 'P002', 'U002'])).toEqual({
      mode: 'add',
      bundled: 2,
      imported: 3,
      replacedIds: ['P002'],
      total: 4,
    });
  });

  it('replacing: only the file’s lines are in use, no id is a duplicate', () => {
    expect(planMerge('replace', ['P001', 'P002'], ['P002', 'U001'])).toEqual({
      mode: 'replace',
      bundled: 2,
      imported: 2,
      replacedIds: [],
      total: 2,
    });
  });
});

describe('addToBundled', () => {
  it('adds new pledges after the bundled ones; a line with a bundled id replaces it in place', () => {
    const merged = addToBundled(bundled, file(['U001', 'P002', 'U002']), 'mine.csv');
    expect(merged.pledges.map((p) => p.id)).toEqual(['P001', 'P002', 'U001', 'U002']);
    expect(merged.pledges[1]?.label).toBe('mine P002');
    expect(merged.dataset.title).toBe('Bundled');
    expect(merged.dataset.notes).toEqual([
      'n',
      "2 pledge(s) added from mine.csv, 1 bundled pledge(s) replaced by the file's line with the same id.",
    ]);
  });

  it('a joint package and its shares are counted once after an add', () => {
    const pkg = makePledge({
      id: 'P010',
      kind: 'package-total',
      donors: ['DEU', 'FRA'],
      amount: 1_000_000_000,
    });
    const deuShare = makePledge({
      id: 'P011',
      donors: ['DEU'],
      shareOf: 'P010',
      amount: 400_000_000,
    });
    const base = { dataset: header, pledges: [pkg, deuShare] };
    const fraShare = makePledge({
      id: 'U001',
      donors: ['FRA'],
      shareOf: 'P010',
      amount: 600_000_000,
    });
    const merged = parsePledgeRows(
      addToBundled(base, { dataset: header, pledges: [fraShare] }, 'x.csv'),
      'x',
    );
    expect(merged.rejected).toEqual([]);
    // The package is 1 bn; its two known shares make it up: 1 bn in all, not 2 bn.
    expect(grandTotal(pledgeTotals(merged.dataset, TEST_RATES))).toBeCloseTo(1, 6);
  });

  it('a replaced package that is no longer a package leaves out the shares pointing to it', () => {
    const pkg = makePledge({ id: 'P010', kind: 'package-total', donors: ['DEU', 'FRA'] });
    const share = makePledge({ id: 'P011', donors: ['DEU'], shareOf: 'P010', amount: 1 });
    const merged = parsePledgeRows(
      addToBundled(
        { dataset: header, pledges: [pkg, share] },
        { dataset: header, pledges: [makePledge({ id: 'P010' })] },
        'x.csv',
      ),
      'x',
    );
    expect(merged.dataset.pledges.map((p) => p.id)).toEqual(['P010']);
    expect(merged.rejected.map((row) => row.id)).toEqual(['P011']);
  });
});
