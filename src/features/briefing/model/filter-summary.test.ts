import { EMPTY_FILTERS, type FilterState } from '@/features/filters/model/filter-state';
import { describeFilters } from './filter-summary';
import { joinWords } from './join-words';

describe('joinWords', () => {
  it.each([
    [[], ''],
    [['Poland'], 'Poland'],
    [['Poland', 'Norway'], 'Poland and Norway'],
    [['Poland', 'Norway', 'Germany'], 'Poland, Norway and Germany'],
  ])('%j -> %s', (words, expected) => {
    expect(joinWords(words)).toBe(expected);
  });
});

describe('describeFilters', () => {
  const f = (patch: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...patch });
  it.each([
    [f({}), 'All donors, instruments, categories and dates'],
    [f({ donors: ['POL', 'NOR', 'DEU'] }), 'Donors: Poland, Norway and Germany'],
    [
      f({ instruments: ['purl'], from: '2025-08', to: '2026-06' }),
      'Instruments: NATO PURL · Aug 2025 to Jun 2026',
    ],
    [f({ categories: ['military', 'financial'] }), 'Categories: Military and Financial'],
    [f({ from: '2025-08' }), 'From Aug 2025'],
    [f({ to: '2025-12' }), 'Up to Dec 2025'],
    [
      f({ donors: ['POL', 'NOR', 'DEU', 'FRA', 'ITA', 'ESP', 'NLD'] }),
      '7 donors (Poland, Norway, Germany, …)',
    ],
  ])('%j', (filters, expected) => {
    expect(describeFilters(filters)).toBe(expected);
  });
});
