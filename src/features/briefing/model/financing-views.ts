import {
  readCalculatorState,
  type GdpTable,
  computeScenario,
  type ScenarioInputs,
} from '@/features/eu-options';
import {
  coverageLines,
  chooseEstimate,
  estimateLabel,
  fundingGapModel,
} from '@/features/financing';
import { buildRateTable } from '@/features/pledges';
import { EU27_CODES } from '@/lib/donors';
import { formatSourceDate } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
import type { Source } from '@/lib/schema-primitives';
import type { EuOptionsSlideData, FinancingSlideData } from '@/features/briefing/model/slide-types';

/**
 * The financing page's numbers for a slide, made by the page's own pure functions with the same
 * URL parameters: the funding gap as in useFundingGapView, the scenario as in the calculator.
 */
export function fundingGapSlideView({ data, fx, needParam }: FinancingSlideData) {
  const rates = buildRateTable(fx);
  const lines = coverageLines(data.coverage, rates);
  const choice = chooseEstimate(data.needs.estimates, data.needs.defaultEstimate, needParam);
  const label = estimateLabel(choice.estimate);
  return { choice, model: fundingGapModel(data, choice.estimate, lines, rates, label) };
}

/** `highlight` = the explorer's donor filter (one EU donor becomes the default country). */
export function scenarioSlideView(
  { data, params }: EuOptionsSlideData,
  gdp: GdpTable,
  highlight: readonly string[],
) {
  const defaults = data.calculatorDefaults;
  const state = readCalculatorState(params, defaults, highlight);
  const inputs: ScenarioInputs = {
    principalEurBn: defaults.principalEurBn,
    ratePercent: state.rate.value,
    years: state.years.value,
    participants: state.members.value,
    country: state.country.value,
    planBTotalEurBn: defaults.planBTotalEurBn,
  };
  const reported = new Map(data.guarantees.countries.map((g) => [g.code, g.amountEurBn]));
  return { state, inputs, result: computeScenario(inputs, gdp.byCode, EU27_CODES, reported) };
}

/** Sources as one line of text: title (date) [reliability], joined by semicolons. */
export function sourcesText(sources: readonly Source[]): string {
  const labels = messages().source.reliability;
  return sources
    .map((source) => {
      const date = source.date ? ` (${formatSourceDate(source.date)})` : '';
      const quality = source.reliability ? ` [${labels[source.reliability]}]` : '';
      return `${source.title}${date}${quality}`;
    })
    .join('; ');
}
