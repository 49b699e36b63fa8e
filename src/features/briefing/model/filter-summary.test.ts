// @vitest-environment node
import { EMPTY_FILTERS, type FilterState } from '@/lib/filter-state';
import { setLocale } from '@/lib/i18n/locale';
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

describe('in German', () => {
  beforeEach(() => setLocale('de'));
  afterEach(() => setLocale('en'));
  const f = (patch: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...patch });

  it('joinWords joins with "und"', () => {
    expect(joinWords(['Polen', 'Norwegen', 'Deutschland'])).toBe('Polen, Norwegen und Deutschland');
  });
  it.each([
    [f({}), 'Alle Geber, Instrumente, Kategorien und Zeiträume'],
    [f({ donors: ['POL', 'NOR', 'DEU'] }), 'Geber: Polen, Norwegen und Deutschland'],
    [
      f({ instruments: ['purl', 'eu-loan'], from: '2025-08', to: '2026-06' }),
      'Instrumente: NATO PURL und EU-Darlehen (Ukraine Support Loan) · Aug. 2025 bis Juni 2026',
    ],
    [f({ categories: ['military', 'financial'] }), 'Kategorien: Militärisch und Finanziell'],
    [f({ from: '2025-03' }), 'Ab März 2025'],
    [f({ to: '2025-12' }), 'Bis Dez. 2025'],
    [
      f({ donors: ['POL', 'NOR', 'DEU', 'FRA', 'ITA', 'ESP', 'NLD'] }),
      '7 Geber (Polen, Norwegen, Deutschland, …)',
    ],
  ])('%j', (filters, expected) => {
    expect(describeFilters(filters)).toBe(expected);
  });
});
