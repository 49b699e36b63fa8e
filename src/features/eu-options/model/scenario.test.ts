// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeScenario, type ScenarioInputs } from './scenario';

const GDP = new Map([
  ['AAA', 300],
  ['BBB', 100],
  ['CCC', 600],
]);
const EU = ['AAA', 'BBB', 'CCC'];
const REPORTED = new Map([['AAA', 60]]);
const base: ScenarioInputs = {
  principalEurBn: 90,
  ratePercent: 3.5,
  years: 4,
  participants: ['AAA', 'BBB'],
  country: 'AAA',
  planBTotalEurBn: 210,
};

describe('computeScenario (hand-computed cases)', () => {
  it("participant: 90 x 3.5 % = 3.15 a year; AAA has 300/400 of the participants' GDP", () => {
    const result = computeScenario(base, GDP, EU, REPORTED);
    expect(result.yearlyInterestEurBn).toBe(3.15);
    expect(result.totalInterestEurBn).toBe(12.6); // 3.15 x 4
    expect(result.countryYearlyEurBn).toBe(2.3625); // 3.15 x 0.75
    expect(result.countryTotalEurBn).toBe(9.45); // 2.3625 x 4
    expect(result.planBComputedEurBn).toBe(63); // 210 x 300/1000
    expect(result.planBReportedEurBn).toBe(60);
    expect(result.series).toEqual([
      { year: 1, cumulativeShareEurBn: 2.3625 },
      { year: 2, cumulativeShareEurBn: 4.725 },
      { year: 3, cumulativeShareEurBn: 7.0875 },
      { year: 4, cumulativeShareEurBn: 9.45 },
    ]);
  });

  it('a member outside Plan A pays no interest share but still guarantees under Plan B', () => {
    const result = computeScenario({ ...base, country: 'CCC' }, GDP, EU, REPORTED);
    expect(result.countryYearlyEurBn).toBe(0);
    expect(result.countryTotalEurBn).toBe(0);
    expect(result.planAKey).toMatchObject({ ok: false, reason: 'not-in-group' });
    expect(result.planBComputedEurBn).toBe(126); // 210 x 0.6
    expect(result.planBReportedEurBn).toBeNull();
  });

  it('rate 0: no interest at all', () => {
    const result = computeScenario({ ...base, ratePercent: 0 }, GDP, EU, REPORTED);
    expect(result.yearlyInterestEurBn).toBe(0);
    expect(result.countryTotalEurBn).toBe(0);
  });

  it('default-like case: 90 x 3.33 % = 2.997 a year, 7 years = 20.979', () => {
    const result = computeScenario(
      { ...base, ratePercent: 3.33, years: 7, participants: EU, country: 'BBB' },
      GDP,
      EU,
      REPORTED,
    );
    expect(result.yearlyInterestEurBn).toBe(2.997);
    expect(result.totalInterestEurBn).toBe(20.979);
    expect(result.countryYearlyEurBn).toBe(0.2997); // 2.997 x 100/1000
    expect(result.countryTotalEurBn).toBe(2.0979);
    expect(result.series).toHaveLength(7);
  });

  it('a country without GDP gives null shares, never NaN', () => {
    const result = computeScenario(
      { ...base, country: 'ZZZ', participants: ['AAA', 'ZZZ'] },
      GDP,
      EU,
      REPORTED,
    );
    expect(result.countryYearlyEurBn).toBeNull();
    expect(result.countryTotalEurBn).toBeNull();
    expect(result.planBComputedEurBn).toBeNull();
    expect(result.series.every((point) => point.cumulativeShareEurBn === null)).toBe(true);
  });

  it('extreme but valid inputs stay finite', () => {
    const result = computeScenario({ ...base, ratePercent: 20, years: 50 }, GDP, EU, REPORTED);
    expect(result.totalInterestEurBn).toBe(900); // 90 x 0.2 x 50
    expect(Number.isFinite(result.countryTotalEurBn)).toBe(true);
  });
});
