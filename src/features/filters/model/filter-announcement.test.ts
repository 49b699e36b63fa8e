// @vitest-environment node
import type { Headline } from '@/features/pledges';
import { setLocale } from '@/lib/i18n/locale';
import { EMPTY_FILTERS, type FilterState } from '@/lib/filter-state';
import { filterAnnouncement, filterScope } from './filter-announcement';

const f = (patch: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...patch });
const headline = (totalEur: number, donorCount: number, pledgeCount: number): Headline => ({
  totalEur,
  byFamily:
    totalEur > 0
      ? [{ family: 'purl', totalEur, lineCount: pledgeCount, from: null, to: null }]
      : [],
  jointBeside: { count: 0, faceEur: 0 },
  unconverted: { count: 0, currencies: [] },
  jointUnattributedEur: 0,
  donorCount,
  pledgeCount,
  latest: null,
});

afterEach(() => setLocale('en'));

describe('filterScope', () => {
  it.each([
    [f({}), 'all donors'],
    [f({ donors: ['POL'] }), 'Poland'],
    [f({ donors: ['POL', 'NOR', 'DEU'] }), 'Poland, Norway and Germany'],
    [f({ donors: ['POL', 'NOR', 'DEU', 'FRA'] }), '4 donors'],
    [f({ instruments: ['purl'], from: '2025-08' }), 'all donors, NATO PURL, from Aug 2025'],
    [
      f({ categories: ['military', 'financial'], to: '2025-12' }),
      'all donors, Military and Financial, up to Dec 2025',
    ],
  ])('%j -> %s', (filters, expected) => {
    expect(filterScope(filters)).toBe(expected);
  });
});

describe('filterAnnouncement', () => {
  it('names the scope and the headline figures in one sentence', () => {
    expect(filterAnnouncement(f({ donors: ['POL'] }), headline(86e6, 1, 4))).toBe(
      'Showing Poland: NATO PURL €86M; 1 donor, 4 lines.',
    );
  });
  it('never adds up kinds of money: the largest by name, the rest counted', () => {
    const many: Headline = {
      ...headline(0, 19, 56),
      byFamily: [
        { family: 'eu', totalEur: 140e9, lineCount: 3, from: null, to: null },
        { family: 'national', totalEur: 57.7e9, lineCount: 15, from: null, to: null },
        { family: 'g7-era', totalEur: 45e9, lineCount: 5, from: null, to: null },
      ],
    };
    expect(filterAnnouncement(f({}), many)).toBe(
      'Showing all donors: EU instruments €140B and 2 more kinds; 19 donors, 56 lines.',
    );
  });
  it('says when nothing matches', () => {
    expect(filterAnnouncement(f({ donors: ['POL'] }), headline(0, 0, 0))).toBe(
      'Showing Poland: no pledge matches this filter.',
    );
  });
  it('speaks German on the German page', () => {
    setLocale('de');
    expect(filterAnnouncement(f({ donors: ['POL', 'NOR'] }), headline(1.5e9, 2, 7))).toMatch(
      /^Auswahl Polen und Norwegen: NATO-PURL 1,5\sMrd\.\s€; 2 Geber, 7 Zeilen\.$/,
    );
  });
});
