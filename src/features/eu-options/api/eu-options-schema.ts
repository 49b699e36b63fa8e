import * as v from 'valibot';
import { EU27_CODES } from '@/lib/donors';
import { formatPath } from '@/lib/format-path';
import {
  finiteNumber,
  isoDateOrMonth,
  issuePath,
  nonEmpty,
  safeParseData,
  sourceSchema,
} from '@/lib/schema-primitives';

const sources = v.pipe(v.array(sourceSchema), v.minLength(1, 'needs at least one source'));
const amountEurBn = v.pipe(finiteNumber, v.gtValue(0), v.maxValue(10_000));
const memberCode = v.pipe(
  v.string(),
  v.check((code) => EU27_CODES.includes(code), 'expected an EU member code'),
);

/** One reported amount in EUR bn (`upToEurBn` for a range such as 3–4), with its sources. */
export const figureSchema = v.object({
  label: nonEmpty,
  amountEurBn,
  upToEurBn: v.optional(amountEurBn),
  sources,
  note: v.optional(nonEmpty),
});

/** Sources that disagree on one quantity: every value is kept and shown with its own source. */
export const conflictSchema = v.object({
  about: nonEmpty,
  values: v.pipe(v.array(figureSchema), v.minLength(2, 'a conflict needs at least two values')),
  note: v.optional(nonEmpty),
});

export const quoteSchema = v.object({
  text: nonEmpty,
  speaker: nonEmpty,
  date: isoDateOrMonth,
  sources,
});

/** One side (Plan A or Plan B) of one aspect. */
export const cellSchema = v.object({
  text: nonEmpty,
  figures: v.optional(v.array(figureSchema)),
  conflicts: v.optional(v.array(conflictSchema)),
  quotes: v.optional(v.array(quoteSchema)),
  sources,
  note: v.optional(nonEmpty),
});

export const comparisonRowSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'expected a kebab-case id')),
  aspect: nonEmpty,
  planA: cellSchema,
  planB: cellSchema,
});

export const guaranteeSchema = v.object({
  code: memberCode,
  amountEurBn,
  sources,
});

export const interestFigureSchema = v.object({
  id: nonEmpty,
  label: nonEmpty,
  amountEurBn,
  upToEurBn: v.optional(amountEurBn),
  period: nonEmpty,
  approximate: v.boolean(),
  sources,
});

export const calculatorDefaultsSchema = v.object({
  principalEurBn: amountEurBn,
  principalSources: sources,
  ratePercent: v.pipe(finiteNumber, v.minValue(0), v.maxValue(20)),
  rateDerivation: nonEmpty,
  rateSources: sources,
  years: v.pipe(finiteNumber, v.safeInteger(), v.minValue(1), v.maxValue(50)),
  yearsDerivation: nonEmpty,
  yearsSources: sources,
  participants: v.pipe(v.array(memberCode), v.minLength(1)),
  participantsNote: nonEmpty,
  participantsSources: sources,
  planBTotalEurBn: amountEurBn,
  planBTotalDerivation: nonEmpty,
  planBTotalSources: sources,
});

export const euOptionsSchema = v.object({
  title: nonEmpty,
  asOf: isoDateOrMonth,
  compiledFrom: nonEmpty,
  comparison: v.pipe(v.array(comparisonRowSchema), v.minLength(1)),
  guarantees: v.object({
    basis: nonEmpty,
    countries: v.pipe(v.array(guaranteeSchema), v.minLength(1)),
    sources,
    note: nonEmpty,
  }),
  interestCost: v.pipe(v.array(interestFigureSchema), v.minLength(1)),
  calculatorDefaults: calculatorDefaultsSchema,
});

export type EuOptionsData = v.InferOutput<typeof euOptionsSchema>;
export type ComparisonRow = v.InferOutput<typeof comparisonRowSchema>;
export type ComparisonCell = v.InferOutput<typeof cellSchema>;
export type ReportedFigure = v.InferOutput<typeof figureSchema>;
export type Guarantee = v.InferOutput<typeof guaranteeSchema>;
export type CalculatorDefaults = v.InferOutput<typeof calculatorDefaultsSchema>;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const value of values) (seen.has(value) ? twice : seen).add(value);
  return [...twice];
}

/** Rules across fields that the schema alone cannot state. */
export function crossCheckEuOptions(data: EuOptionsData): string[] {
  const problems: string[] = [];
  for (const id of duplicates(data.comparison.map((row) => row.id))) {
    problems.push(`comparison: id "${id}" is used twice`);
  }
  for (const code of duplicates(data.guarantees.countries.map((g) => g.code))) {
    problems.push(`guarantees.countries: ${code} is listed twice`);
  }
  for (const id of duplicates(data.interestCost.map((f) => f.id))) {
    problems.push(`interestCost: id "${id}" is used twice`);
  }
  data.interestCost.forEach((figure, index) => {
    if (figure.upToEurBn !== undefined && figure.upToEurBn < figure.amountEurBn) {
      problems.push(`interestCost[${index}].upToEurBn: below amountEurBn`);
    }
  });
  const defaults = data.calculatorDefaults;
  for (const code of duplicates(defaults.participants)) {
    problems.push(`calculatorDefaults.participants: ${code} is listed twice`);
  }
  const reportedSum = data.guarantees.countries.reduce((sum, g) => sum + g.amountEurBn, 0);
  if (reportedSum > defaults.planBTotalEurBn) {
    problems.push(
      `calculatorDefaults.planBTotalEurBn: ${defaults.planBTotalEurBn} is below the sum of the reported guarantees (${reportedSum.toFixed(1)})`,
    );
  }
  const rateText = defaults.ratePercent.toString();
  if (!defaults.rateDerivation.includes(rateText)) {
    problems.push(
      `calculatorDefaults.rateDerivation: does not state the default rate ${rateText} %`,
    );
  }
  return problems;
}

/**
 * Every problem of an eu-options.json document, each naming its field path (for the data check
 * script and the tests). Empty when the file is sound.
 */
export function validateEuOptionsData(json: unknown): string[] {
  const result = safeParseData(euOptionsSchema, json);
  if (!result.success) {
    return result.issues.map(
      (issue) => `${formatPath(issuePath(issue)) || '(root)'}: ${issue.message}`,
    );
  }
  return crossCheckEuOptions(result.output);
}
