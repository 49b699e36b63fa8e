import { gdpShare, type GdpShare } from './gdp-key';

export interface ScenarioInputs {
  /** Plan A principal, EUR bn. */
  principalEurBn: number;
  /** % a year. */
  ratePercent: number;
  years: number;
  /** Member states that bear Plan A's cost (enhanced cooperation). */
  participants: readonly string[];
  country: string;
  /** Plan B amount to be guaranteed, EUR bn. */
  planBTotalEurBn: number;
}

export interface ScenarioYear {
  year: number;
  /** The country's Plan A interest share paid up to and including this year, EUR bn. */
  cumulativeShareEurBn: number | null;
}

export interface ScenarioResult {
  /** Plan A: interest the EU budget pays each year, EUR bn. */
  yearlyInterestEurBn: number;
  /** The same over all years, EUR bn. */
  totalInterestEurBn: number;
  /** The country's share of the participants' GDP (Plan A key). */
  planAKey: GdpShare;
  /** The country's yearly share of the interest, EUR bn (0 when it does not take part; null without GDP). */
  countryYearlyEurBn: number | null;
  countryTotalEurBn: number | null;
  /** The country's share of EU-27 GDP (Plan B key). */
  planBKey: GdpShare;
  /** Plan B: Plan B total x the country's share of EU-27 GDP, EUR bn. */
  planBComputedEurBn: number | null;
  /** Plan B guarantee as reported for the country, EUR bn; null when the source gives none. */
  planBReportedEurBn: number | null;
  series: ScenarioYear[];
}

/** Rounds away floating-point noise (0.1 + 0.2) without losing meaningful digits. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** Plan A's interest cost and the country's share of it, against its Plan B guarantee. Pure. */
export function computeScenario(
  inputs: ScenarioInputs,
  gdp: ReadonlyMap<string, number>,
  eu27: readonly string[],
  reported: ReadonlyMap<string, number>,
): ScenarioResult {
  const yearlyInterestEurBn = clean((inputs.principalEurBn * inputs.ratePercent) / 100);
  const totalInterestEurBn = clean(yearlyInterestEurBn * inputs.years);
  const planAKey = gdpShare(inputs.country, inputs.participants, gdp);
  const countryYearlyEurBn = planAKey.ok
    ? clean(yearlyInterestEurBn * planAKey.share)
    : planAKey.reason === 'not-in-group'
      ? 0
      : null;
  const countryTotalEurBn =
    countryYearlyEurBn === null ? null : clean(countryYearlyEurBn * inputs.years);
  const planBKey = gdpShare(inputs.country, eu27, gdp);
  const planBComputedEurBn = planBKey.ok ? clean(inputs.planBTotalEurBn * planBKey.share) : null;
  const series = Array.from({ length: inputs.years }, (_, index) => ({
    year: index + 1,
    cumulativeShareEurBn:
      countryYearlyEurBn === null ? null : clean(countryYearlyEurBn * (index + 1)),
  }));
  return {
    yearlyInterestEurBn,
    totalInterestEurBn,
    planAKey,
    countryYearlyEurBn,
    countryTotalEurBn,
    planBKey,
    planBComputedEurBn,
    planBReportedEurBn: reported.get(inputs.country) ?? null,
    series,
  };
}
