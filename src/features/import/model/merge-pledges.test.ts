// @vitest-environment node
import { makePledge } from '@/test-utils/pledge-fixtures';
import { addToBundled } from './merge-pledges';

const bundled = {
  dataset: { title: 'Bundled', asOf: '2026-01-01', compiledFrom: 'research', notes: ['n'] },
  pledges: [makePledge({ id: 'P001' }), makePledge({ id: 'P002' })],
};

describe('addToBundled', () => {
  it('adds new pledges after the bundled ones and names the ids it already has', () => {
    const merge = addToBundled(
      bundled,
      [
        makePledge({ id: 'U001' }),
        makePledge({ id: 'P002', label: 'other' }),
        makePledge({ id: 'U002' }),
      ],
      'mine.csv',
    );
    expect(merge.dataset.pledges.map((p) => p.id)).toEqual(['P001', 'P002', 'U001', 'U002']);
    expect(merge.dataset.pledges[1]?.label).toBe('Pledge P002');
    expect(merge.added).toBe(2);
    expect(merge.duplicateIds).toEqual(['P002']);
    expect(merge.dataset.dataset.notes).toEqual(['n', '2 pledge(s) added from mine.csv.']);
  });

  it('an id repeated inside the imported file is named once it is taken', () => {
    const merge = addToBundled(
      bundled,
      [makePledge({ id: 'U001' }), makePledge({ id: 'U001' })],
      'x',
    );
    expect(merge.added).toBe(1);
    expect(merge.duplicateIds).toEqual(['U001']);
  });
});
