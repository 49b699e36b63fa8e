import * as v from 'valibot';
import { fxRatesSchema } from '@/lib/fx-schema';
import { formatPath } from '@/lib/format-path';
import { issuePath, safeParseData } from '@/lib/schema-primitives';
import { financingDataSchema, type FinancingData } from './financing-schema';

/** Parts may differ from their total by rounding only (0.05 % or EUR 1m-equivalent units). */
function sumsTo(parts: readonly number[], total: number): boolean {
  const sum = parts.reduce((a, b) => a + b, 0);
  return Math.abs(sum - total) <= Math.max(1e6, total * 5e-4);
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of ids) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

/** The checks a schema cannot express: sums, references, order, uniqueness. */
export function checkFinancingConsistency(
  data: FinancingData,
  fxCurrencies?: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const { estimates, defaultEstimate, context } = data.needs;
  if (!estimates.some((estimate) => estimate.id === defaultEstimate)) {
    problems.push(`needs.defaultEstimate: "${defaultEstimate}" is not the id of an estimate`);
  }
  for (const [name, list] of [
    ['needs.estimates', estimates],
    ['needs.context', context],
    ['coverage', data.coverage],
    ['notCounted', data.notCounted],
    ['timeline', data.timeline],
  ] as const) {
    for (const repeated of duplicates(list.map((entry) => entry.id))) {
      problems.push(`${name}: id "${repeated}" is used more than once`);
    }
  }
  estimates.forEach((estimate, i) => {
    const at = `needs.estimates[${i}]`;
    if (
      estimate.breakdown &&
      !sumsTo(
        estimate.breakdown.map((part) => part.amount),
        estimate.amount,
      )
    ) {
      const sum = estimate.breakdown.reduce((a, part) => a + part.amount, 0);
      problems.push(
        `${at}.breakdown: parts add up to ${sum}, not to the amount ${estimate.amount}`,
      );
    }
    estimate.conflicts?.forEach((conflict, j) => {
      const component = conflict.field.split('.')[1];
      if (component && !estimate.breakdown?.some((part) => part.component === component)) {
        problems.push(
          `${at}.conflicts[${j}].field: the estimate has no breakdown part "${component}"`,
        );
      }
    });
  });
  context.forEach((entry, i) => {
    if (entry.amountHigh !== undefined && entry.amountHigh < entry.amount) {
      problems.push(`needs.context[${i}].amountHigh: below amount`);
    }
  });
  const withRates = (currency: string) =>
    currency === 'EUR' || !fxCurrencies || fxCurrencies.has(currency);
  data.coverage.forEach((item, i) => {
    const at = `coverage[${i}]`;
    if (!withRates(item.currency)) {
      problems.push(`${at}.currency: no rate for ${item.currency} in fx-rates.json`);
    }
    if (item.parts && item.parts.reduce((a, p) => a + p.amount, 0) > item.amount * (1 + 5e-4)) {
      problems.push(`${at}.parts: parts add up to more than the amount ${item.amount}`);
    }
    if (item.parts && duplicates(item.parts.map((p) => p.component)).length > 0) {
      problems.push(`${at}.parts: a component appears twice`);
    }
    let paid = 0;
    item.tranches?.forEach((tranche, j) => {
      const tat = `${at}.tranches[${j}]`;
      if (tranche.currency !== item.currency) {
        problems.push(
          `${tat}.currency: ${tranche.currency} differs from the item's ${item.currency}`,
        );
      }
      if (
        tranche.parts &&
        !sumsTo(
          tranche.parts.map((p) => p.amount),
          tranche.amount,
        )
      ) {
        problems.push(`${tat}.parts: parts do not add up to the tranche amount ${tranche.amount}`);
      }
      if (tranche.status === 'paid') paid += tranche.amount;
    });
    if (paid > item.amount * (1 + 5e-4)) {
      problems.push(`${at}.tranches: paid tranches (${paid}) exceed the amount ${item.amount}`);
    }
    if (item.status === 'disbursed' && item.tranches?.some((t) => t.status !== 'paid')) {
      problems.push(`${at}.status: disbursed, but a tranche is not paid`);
    }
  });
  if (data.framing) {
    const { estimateId, euItemId } = data.framing;
    if (!estimates.some((estimate) => estimate.id === estimateId)) {
      problems.push(`framing.estimateId: "${estimateId}" is not the id of an estimate`);
    }
    if (!data.coverage.some((item) => item.id === euItemId)) {
      problems.push(`framing.euItemId: "${euItemId}" is not the id of a coverage item`);
    }
  }
  data.notCounted.forEach((item, i) => {
    if (!withRates(item.currency))
      problems.push(`notCounted[${i}].currency: no rate for ${item.currency} in fx-rates.json`);
  });
  data.timeline.forEach((event, i) => {
    const previous = data.timeline[i - 1];
    if (previous && event.date < previous.date) {
      problems.push(
        `timeline[${i}].date: ${event.date} comes before the previous event (${previous.date}); keep the timeline in date order`,
      );
    }
    if (event.endDate !== undefined && event.endDate < event.date) {
      problems.push(`timeline[${i}].endDate: before date`);
    }
  });
  return problems;
}

/**
 * Every problem of a financing.json document, each naming its field path (empty = sound). With
 * `fxRatesJson` (the content of fx-rates.json) it also checks that every currency has a rate.
 */
export function validateFinancingData(json: unknown, fxRatesJson?: unknown): string[] {
  const result = safeParseData(financingDataSchema, json);
  if (!result.success) {
    return result.issues.map(
      (issue) => `${formatPath(issuePath(issue)) || '(root)'}: ${issue.message}`,
    );
  }
  let currencies: Set<string> | undefined;
  if (fxRatesJson !== undefined) {
    const fx = v.safeParse(fxRatesSchema, fxRatesJson);
    if (!fx.success) return ['fx-rates.json: not a valid rates file, currencies not checked'];
    currencies = new Set(fx.output.rates.map((rate) => rate.currency));
  }
  return checkFinancingConsistency(result.output, currencies);
}
