// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type FilterState } from '@/lib/filter-state';
import { makePledge, prepareRows } from '@/test-utils/pledge-fixtures';
import { selectPledgeView } from './pledge-view';

const rows = [
  makePledge({ id: 'P001', donors: ['NLD'], announced: '2025-08-04' }),
  makePledge({
    id: 'P019',
    donors: ['NOR', 'DEU', 'POL'],
    kind: 'package-total',
    announced: '2025-12-03',
  }),
  makePledge({
    id: 'E001',
    donors: ['EU'],
    instrument: 'eu-budget',
    category: 'financial',
    announced: '2024-02-28',
  }),
  makePledge({ id: 'E021', donors: ['DEU'], instrument: 'bilateral-military', announced: null }),
  makePledge({
    id: 'E022',
    donors: ['GBR'],
    instrument: 'bilateral-military',
    announced: '2024-07',
  }),
];
const prepared = prepareRows(rows);
const select = (filters: Partial<FilterState>) =>
  selectPledgeView(prepared, { ...EMPTY_FILTERS, ...filters }, 'instrument');
const ids = (filters: Partial<FilterState>) => select(filters).counted.map((c) => c.pledge.id);

// The selection comes in date order (undated first), whatever the order of the file.
describe('the filter (compileFilter, through selectPledgeView)', () => {
  it.each<[string, Partial<FilterState>, string[]]>([
    ['no filter keeps everything', {}, ['E021', 'E001', 'E022', 'P001', 'P019']],
    ['a joint package matches any of its participants', { donors: ['POL'] }, ['P019']],
    ['donor filter on a single donor', { donors: ['DEU'] }, ['E021', 'P019']],
    ['several donors: a row matches any of them', { donors: ['GBR', 'NLD'] }, ['E022', 'P001']],
    ['a donor with no rows selects nothing', { donors: ['JPN'] }, []],
    ['instrument filter', { instruments: ['eu-budget'] }, ['E001']],
    ['category filter', { categories: ['financial'] }, ['E001']],
    ['from is inclusive by month', { from: '2025-08' }, ['P001', 'P019']],
    ['to is inclusive by month', { to: '2025-08' }, ['E001', 'E022', 'P001']],
    ['a month-only date is compared by month', { from: '2024-07', to: '2024-07' }, ['E022']],
    ['a range between the months of the data', { from: '2024-03', to: '2025-07' }, ['E022']],
    ['a range before every date', { to: '2023-12' }, []],
    ['a range after every date', { from: '2026-01' }, []],
    ['filters combine', { donors: ['DEU', 'NLD'], from: '2025-09' }, ['P019']],
  ])('%s', (_name, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it('reports undated rows that a date range leaves out, and only then', () => {
    expect(select({ from: '2024-01' }).undatedExcluded).toBe(1);
    expect(select({ to: '2030-12' }).undatedExcluded).toBe(1);
    expect(select({}).undatedExcluded).toBe(0);
    // A row that another filter leaves out is not reported as undated.
    expect(select({ from: '2024-01', donors: ['NLD'] }).undatedExcluded).toBe(0);
  });

  it('gives each selected entry its row in the columns', () => {
    const view = select({ donors: ['DEU'] });
    const rowsOf = [...view.rowIndex].map((row) => prepared.columns.rows[row]?.id);
    expect(rowsOf).toEqual(['E021', 'P019']);
  });
});
