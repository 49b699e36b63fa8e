// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gdpShare, gdpTableFromKiel } from './gdp-key';

describe('gdpTableFromKiel', () => {
  it('takes one value per donor, the latest month, and names donors whose GDP varies', () => {
    const table = gdpTableFromKiel([
      { iso: 'DEU', period: '2022-02', gdp: 3600 },
      { iso: 'DEU', period: '2026-04', gdp: 3600 },
      { iso: 'FRA', period: '2023-01', gdp: 2400 },
      { iso: 'FRA', period: '2025-05', gdp: 2500 },
      { iso: 'FRA', period: '2024-01', gdp: 2450 },
      { iso: 'EU', period: '2026-04', gdp: null },
      { iso: 'XXX', period: '2026-04', gdp: 0 },
    ]);
    expect(Object.fromEntries(table.byCode)).toEqual({ DEU: 3600, FRA: 2500 });
    expect(table.varying).toEqual(['FRA']);
  });
});

describe('gdpShare (hand-computed)', () => {
  const gdp = new Map([
    ['AAA', 300],
    ['BBB', 100],
    ['CCC', 600],
  ]);
  it.each([
    ['AAA', ['AAA', 'BBB'], 0.75, 400],
    ['BBB', ['AAA', 'BBB'], 0.25, 400],
    ['AAA', ['AAA', 'BBB', 'CCC'], 0.3, 1000],
    ['CCC', ['AAA', 'BBB', 'CCC'], 0.6, 1000],
    ['CCC', ['CCC'], 1, 600],
  ])('%s in %j = %s', (country, group, share, groupGdp) => {
    const result = gdpShare(country, group, gdp);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.share).toBeCloseTo(share, 12);
      expect(result.groupGdp).toBe(groupGdp);
    }
  });
  it('a country outside the group has no share', () => {
    expect(gdpShare('CCC', ['AAA', 'BBB'], gdp)).toEqual({
      ok: false,
      reason: 'not-in-group',
      missing: [],
    });
  });
  it('members without a GDP are left out of the sum and named', () => {
    const result = gdpShare('AAA', ['AAA', 'ZZZ'], gdp);
    expect(result).toEqual({
      ok: true,
      share: 1,
      countryGdp: 300,
      groupGdp: 300,
      missing: ['ZZZ'],
    });
  });
  it('a country without a GDP has no share (never NaN)', () => {
    expect(gdpShare('ZZZ', ['ZZZ'], gdp)).toMatchObject({ ok: false, reason: 'no-gdp' });
  });
});
