import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type FilterState } from '@/features/filters/model/filter-state';
import { makePledge } from '@/test-utils/pledge-fixtures';
import { filterPledges } from './filter-pledges';

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
const ids = (filters: Partial<FilterState>) =>
  filterPledges(rows, { ...EMPTY_FILTERS, ...filters }).selection.map((p) => p.id);

describe('filterPledges', () => {
  it.each<[string, Partial<FilterState>, string[]]>([
    ['no filter keeps everything', {}, ['P001', 'P019', 'E001', 'E021', 'E022']],
    ['a joint package matches any of its participants', { donors: ['POL'] }, ['P019']],
    ['donor filter on a single donor', { donors: ['DEU'] }, ['P019', 'E021']],
    ['instrument filter', { instruments: ['eu-budget'] }, ['E001']],
    ['category filter', { categories: ['financial'] }, ['E001']],
    ['from is inclusive by month', { from: '2025-08' }, ['P001', 'P019']],
    ['to is inclusive by month', { to: '2025-08' }, ['P001', 'E001', 'E022']],
    ['a month-only date is compared by month', { from: '2024-07', to: '2024-07' }, ['E022']],
  ])('%s', (_name, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it('reports undated rows that a date range leaves out', () => {
    const result = filterPledges(rows, { ...EMPTY_FILTERS, from: '2024-01' });
    expect(result.undatedExcluded.map((p) => p.id)).toEqual(['E021']);
  });
});
