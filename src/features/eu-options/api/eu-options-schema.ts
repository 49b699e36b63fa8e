import { z } from 'zod/mini';
import { EU27_CODES } from '@/lib/donors';
import { formatPath } from '@/lib/format-path';
import { isoDateOrMonth, nonEmpty, sourceSchema } from '@/lib/schema-primitives';

const sources = z.array(sourceSchema).check(z.minLength(1, 'needs at least one source'));
const amountEurBn = z.number().check(z.positive(), z.lte(10_000));
const memberCode = z
  .string()
  .check(z.refine((code) => EU27_CODES.includes(code), { message: 'expected an EU member code' }));

/** One reported amount in EUR bn (`upToEurBn` for a range such as 3–4), with its sources. */
export const figureSchema = z.object({
  label: nonEmpty,
  amountEurBn,
  upToEurBn: z.optional(amountEurBn),
  sources,
  note: z.optional(nonEmpty),
});

/** Sources that disagree on one quantity: every value is kept and shown with its own source. */
export const conflictSchema = z.object({
  about: nonEmpty,
  values: z.array(figureSchema).check(z.minLength(2, 'a conflict needs at least two values')),
  note: z.optional(nonEmpty),
});

export const quoteSchema = z.object({
  text: nonEmpty,
  speaker: nonEmpty,
  date: isoDateOrMonth,
  sources,
});

/** One side (Plan A or Plan B) of one aspect. */
export const cellSchema = z.object({
  text: nonEmpty,
  figures: z.optional(z.array(figureSchema)),
  conflicts: z.optional(z.array(conflictSchema)),
  quotes: z.optional(z.array(quoteSchema)),
  sources,
  note: z.optional(nonEmpty),
});

export const comparisonRowSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'expected a kebab-case id')),
  aspect: nonEmpty,
  planA: cellSchema,
  planB: cellSchema,
});

export const guaranteeSchema = z.object({
  code: memberCode,
  amountEurBn,
  sources,
});

export const interestFigureSchema = z.object({
  id: nonEmpty,
  label: nonEmpty,
  amountEurBn,
  upToEurBn: z.optional(amountEurBn),
  period: nonEmpty,
  approximate: z.boolean(),
  sources,
});

export const calculatorDefaultsSchema = z.object({
  principalEurBn: amountEurBn,
  principalSources: sources,
  ratePercent: z.number().check(z.gte(0), z.lte(20)),
  rateDerivation: nonEmpty,
  rateSources: sources,
  years: z.int().check(z.gte(1), z.lte(50)),
  yearsDerivation: nonEmpty,
  yearsSources: sources,
  participants: z.array(memberCode).check(z.minLength(1)),
  participantsNote: nonEmpty,
  participantsSources: sources,
  planBTotalEurBn: amountEurBn,
  planBTotalDerivation: nonEmpty,
  planBTotalSources: sources,
});

export const euOptionsSchema = z.object({
  title: nonEmpty,
  asOf: isoDateOrMonth,
  compiledFrom: nonEmpty,
  comparison: z.array(comparisonRowSchema).check(z.minLength(1)),
  guarantees: z.object({
    basis: nonEmpty,
    countries: z.array(guaranteeSchema).check(z.minLength(1)),
    sources,
    note: nonEmpty,
  }),
  interestCost: z.array(interestFigureSchema).check(z.minLength(1)),
  calculatorDefaults: calculatorDefaultsSchema,
});

export type EuOptionsData = z.infer<typeof euOptionsSchema>;
export type ComparisonRow = z.infer<typeof comparisonRowSchema>;
export type ComparisonCell = z.infer<typeof cellSchema>;
export type ReportedFigure = z.infer<typeof figureSchema>;
export type Guarantee = z.infer<typeof guaranteeSchema>;
export type CalculatorDefaults = z.infer<typeof calculatorDefaultsSchema>;

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
  const result = euOptionsSchema.safeParse(json);
  if (!result.success) {
    return result.error.issues.map(
      (issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`,
    );
  }
  return crossCheckEuOptions(result.data);
}
