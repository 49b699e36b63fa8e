import type { Guarantee, CalculatorState, ScenarioResult } from '@/features/eu-options';
import { formatEurBn } from '@/features/financing';
import { donorName } from '@/lib/donors';
import { formatNumber, formatScaledMoney } from '@/lib/format';
import { FINANCING_SLIDE_TEXT } from '../briefing-text';

/**
 * One sentence per financing chart, from the numbers the page's chart draws. Pure; the wording
 * is in briefing-text.ts.
 */
const T = FINANCING_SLIDE_TEXT;

/** EUR bn with two decimals, as the calculator's outputs show it ("€12.34B" / "12,34 Mrd. €"). */
export const calculatorBn = (value: number) => formatScaledMoney(value * 1e9, 'EUR', 2);
export const ratePercent = (value: number) => `${formatNumber(value, 2)} %`;

/** Largest first, as the page's chart and table sort them. */
export function sortGuarantees(countries: readonly Guarantee[]): Guarantee[] {
  return [...countries].sort((a, b) => b.amountEurBn - a.amountEurBn);
}

export function guaranteesTakeaway(countries: readonly Guarantee[]): string {
  const [top] = sortGuarantees(countries);
  const total = countries.reduce((sum, g) => sum + g.amountEurBn, 0);
  if (!top || total <= 0) return T.guaranteesNone;
  return T.guaranteesLead(
    donorName(top.code),
    formatEurBn(top.amountEurBn * 1e9),
    `${formatNumber((top.amountEurBn / total) * 100, 0)}%`,
    formatEurBn(total * 1e9),
    countries.length,
  );
}

function planBText(result: ScenarioResult): string {
  if (result.planBReportedEurBn !== null)
    return T.planBReported(calculatorBn(result.planBReportedEurBn));
  if (result.planBComputedEurBn !== null)
    return T.planBComputed(calculatorBn(result.planBComputedEurBn));
  return T.planBUnknown;
}

export function scenarioTakeaway(state: CalculatorState, result: ScenarioResult): string {
  const rate = ratePercent(state.rate.value);
  const years = T.years(state.years.value);
  const country = donorName(state.country.value);
  const planB = planBText(result);
  if (!result.planAKey.ok && result.planAKey.reason === 'not-in-group')
    return T.scenarioNotParticipant(rate, years, country, planB);
  const whose = T.possessive(country);
  if (result.countryTotalEurBn === null) return T.scenarioNoGdp(whose);
  return T.scenarioShare(rate, years, whose, calculatorBn(result.countryTotalEurBn), planB);
}

/** The inputs in words, and which link values were not usable (the default is used instead). */
export function scenarioSummary(state: CalculatorState): string {
  const base = T.scenarioSummary(
    ratePercent(state.rate.value),
    T.years(state.years.value),
    state.members.value.length,
    donorName(state.country.value),
  );
  const notices = (['rate', 'years', 'members', 'country'] as const)
    .filter((name) => state[name].message !== null)
    .map((name) => {
      const message = state[name].message ?? '';
      // The members' message says itself whether the default or the valid codes are used.
      return name === 'members'
        ? T.inputNote(T.fieldNames[name], message)
        : T.inputDefaulted(T.fieldNames[name], message);
    });
  return [base, ...notices].join('; ');
}
