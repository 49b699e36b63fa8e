import * as v from 'valibot';
import type { Pledge, PledgeDataset } from '@/features/pledges/api/pledge-schema';
import type { PurlStatement, PurlTotals } from '@/features/purl/api/purl-totals-schema';
import { parseCsv } from '@/lib/csv/parse-csv';
import { currencySchema, type Currency } from '@/lib/schema-primitives';
import { germanByEnglish } from '@/lib/i18n/german-by-english';
import { DESCRIPTION_DE } from './research-descriptions-de';
import { PURL_WHO_DE } from './research-purl-de';
import { STATUS_NOTE_DE } from './research-status-notes-de';
import type { PledgeAnnotation, PurlStatementAnnotation } from './research-annotation-types';

/**
 * The mechanical rules that turn the research CSVs plus the annotation tables into the project's
 * data files. Pure: no file access. Every inconsistency between a CSV row and its annotation
 * throws, naming the row, so that the build never writes half-checked data.
 */

export type Qualifier = Pledge['qualifier'];

/** First matching rule wins; the order puts the more specific phrases first. */
const QUALIFIER_RULES: readonly [RegExp, Qualifier][] = [
  [/\bup to\b/i, 'up-to'],
  [/\bat least\b/i, 'at-least'],
  [/>|\bover\b|\bmore than\b/i, 'over'],
  [/\bapprox|\babout\b|~/i, 'about'],
  [/\b(a|per) year\b|\bannual/i, 'per-year'],
];

/** Qualifier of an amount from the words that qualify it; no words (or none that match): exact. */
export function qualifierFromPhrase(phrase: string | undefined): Qualifier {
  if (!phrase) return 'exact';
  return QUALIFIER_RULES.find(([pattern]) => pattern.test(phrase))?.[1] ?? 'exact';
}

/** The http(s) addresses quoted in a text, without trailing punctuation. */
export function citedUrls(text: string): string[] {
  return (text.match(/https?:\/\/[^\s)]+/g) ?? []).map((url) => url.replace(/[.,;:'"]+$/, ''));
}

/** Latest of ISO dates/months (they sort as strings); null entries are skipped. */
export function latestDate(dates: readonly (string | null)[]): string {
  const present = dates.filter((date): date is string => date !== null && date !== '');
  if (present.length === 0) throw new Error('no dates to take the latest of');
  return present.reduce((latest, date) => (date > latest ? date : latest));
}

export interface CsvRecord {
  /** 1-based line in the CSV file. */
  line: number;
  values: Record<string, string>;
}

/** CSV text -> records keyed by header; throws on parse problems or a wrong number of cells. */
export function csvRecords(text: string, file: string): CsvRecord[] {
  const { header, rows, problems } = parseCsv(text);
  const problem = problems[0];
  if (problem) throw new Error(`${file} line ${problem.line}: ${problem.message}`);
  return rows.map(({ line, cells }) => {
    if (cells.length !== header.length) {
      throw new Error(`${file} line ${line}: ${cells.length} cells, expected ${header.length}`);
    }
    return { line, values: Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])) };
  });
}

function field(record: CsvRecord, name: string): string {
  const value = record.values[name];
  if (value === undefined) throw new Error(`line ${record.line}: no column ${name}`);
  return value;
}

function amountOf(record: CsvRecord): number {
  const amount = Number(field(record, 'amount'));
  if (!Number.isFinite(amount) || amount <= 0) throw new Error(`line ${record.line}: bad amount`);
  return amount;
}

function currencyOf(code: string, line: number): Currency {
  const parsed = v.safeParse(currencySchema, code);
  if (!parsed.success) throw new Error(`line ${line}: unknown currency ${code}`);
  return parsed.output;
}

/** One pledges.csv row plus its annotation -> a pledge of the project's schema. */
export function toPledge(record: CsvRecord, a: PledgeAnnotation): Pledge {
  const id = field(record, 'id');
  const fail = (message: string) =>
    new Error(`pledges.csv ${id} (line ${record.line}): ${message}`);
  const description = field(record, 'description');
  if (a.amountPhrase && !description.includes(a.amountPhrase)) {
    throw fail(`amountPhrase "${a.amountPhrase}" is not in the description`);
  }
  const extraUrls = (a.extraSources ?? []).map((source) => source.url);
  const uncited = citedUrls(description).filter((url) => !extraUrls.includes(url));
  if (uncited.length > 0)
    throw fail(`description quotes ${uncited.join(', ')}: add it to extraSources`);
  const unquoted = extraUrls.filter((url) => !description.includes(url));
  if (unquoted.length > 0)
    throw fail(`extraSources ${unquoted.join(', ')} not quoted in the description`);

  const announced = field(record, 'announced_on') || null;
  const mainSource = {
    title: field(record, 'source_title'),
    url: field(record, 'source_url'),
    date: a.sourceDate === undefined ? announced : a.sourceDate,
    reliability: a.reliability,
  };
  const fullDescription = a.descriptionNote ? `${description} ${a.descriptionNote}` : description;
  const descriptionDe = germanByEnglish(DESCRIPTION_DE, fullDescription);
  const pledge: Pledge = {
    id,
    donors: a.donors,
    kind: a.kind ?? 'contribution',
    label: a.label,
    instrument: a.instrument,
    category: a.category,
    amount: amountOf(record),
    currency: currencyOf(field(record, 'currency'), record.line),
    qualifier: qualifierFromPhrase(a.amountPhrase),
    announced,
    status: a.status,
    description: fullDescription,
    ...(descriptionDe === null ? {} : { descriptionDe }),
    sources: [mainSource, ...(a.extraSources ?? [])],
  };
  if (a.statusNote) {
    pledge.statusNote = a.statusNote;
    const german = germanByEnglish(STATUS_NOTE_DE, a.statusNote);
    if (german !== null) pledge.statusNoteDe = german;
  }
  if (a.shareOf) pledge.shareOf = a.shareOf;
  if (a.spans) pledge.spans = a.spans;
  if (a.includedIn) pledge.includedIn = a.includedIn;
  if (a.conflicts) pledge.conflicts = a.conflicts;
  return pledge;
}

/** Every row needs an annotation and every annotation a row. */
function pairUp<A>(keys: readonly string[], annotations: Record<string, A>, file: string): A[] {
  const unused = Object.keys(annotations).filter((key) => !keys.includes(key));
  if (unused.length > 0)
    throw new Error(`${file}: annotations without a row: ${unused.join(', ')}`);
  return keys.map((key) => {
    const annotation = annotations[key];
    if (!annotation) throw new Error(`${file}: row ${key} has no annotation`);
    return annotation;
  });
}

export function buildPledgeDataset(
  records: readonly CsvRecord[],
  annotations: Record<string, PledgeAnnotation>,
): PledgeDataset {
  const ids = records.map((record) => field(record, 'id'));
  const paired = pairUp(ids, annotations, 'pledges.csv');
  const pledges = records.map((record, i) => toPledge(record, paired[i]!));
  return {
    dataset: {
      title: 'Pledges to Ukraine: PURL packages and other instruments',
      asOf: latestDate(pledges.map((pledge) => pledge.announced)),
      compiledFrom: 'Project research file pledges.csv (sourced news and government reports)',
      notes: [
        'Do not add package totals (kind package-total: P002, P013, P019, P028) to the country shares that point to them with shareOf, or to country totals that span them.',
        'P021 (Germany, USD 200m, 3 Dec 2025) includes P015 (EUR 150m, 14 Nov 2025).',
        "E029 (Canada's CAD 2bn G7 pledge) includes P007 (Canada's PURL package).",
        "One rule for PURL shares and national budgets, on the pledge and the funding page: a PURL contribution of a donor whose national Ukraine budget or programme for the same period is listed is inside that line (no source gives it as extra money): Norway's 2025 PURL shares (P004, P011, P020) are inside the Nansen programme 2025 (E025), the UK's (P027) inside its GBP 3bn a year (E022), Sweden's 2026 share (P030) inside its 2026-2027 security assistance (E027).",
        'E003 (the reparations-loan proposal) was not adopted: never counted, never added to E002.',
        'Amounts are in the original currency; EUR values use the approximate rates in fx-rates.json.',
      ],
    },
    pledges,
  };
}

/** "USD" -> USD, stock; "USD per month" -> USD, per month. */
export function currencyAndPer(
  value: string,
  line: number,
): { currency: Currency; per: 'month' | null } {
  const match = /^([A-Z]{3})(?: per (month))?$/.exec(value.trim());
  if (!match)
    throw new Error(`purl_running_totals.csv line ${line}: cannot read currency "${value}"`);
  return { currency: currencyOf(match[1] ?? '', line), per: match[2] === 'month' ? 'month' : null };
}

export const purlStatementKey = (record: CsvRecord) =>
  `${field(record, 'date')} ${field(record, 'statement_type')}`;

export function buildPurlTotals(
  records: readonly CsvRecord[],
  annotations: Record<string, PurlStatementAnnotation>,
): PurlTotals {
  const paired = pairUp(records.map(purlStatementKey), annotations, 'purl_running_totals.csv');
  const statements = records.map((record, i): PurlStatement => {
    const date = field(record, 'date');
    const who = field(record, 'who_stated');
    const whoDe = germanByEnglish(PURL_WHO_DE, who);
    return {
      date,
      who,
      ...(whoDe === null ? {} : { whoDe }),
      type: field(record, 'statement_type') as PurlStatement['type'],
      amount: amountOf(record),
      ...currencyAndPer(field(record, 'currency'), record.line),
      description: field(record, 'description'),
      source: {
        title: field(record, 'source_title'),
        url: field(record, 'source_url'),
        date,
        reliability: paired[i]!.reliability,
      },
    };
  });
  return {
    dataset: {
      title: 'PURL running totals and targets as stated by NATO, the US, Ukraine and the press',
      asOf: latestDate(statements.map((statement) => statement.date)),
      compiledFrom: 'Project research file purl_running_totals.csv (sourced statements)',
      notes: [
        'These are statements, not pledges: never add them to pledge totals.',
        'Statements disagree with each other and with the sum of known pledges; each is shown as stated.',
      ],
    },
    statements,
  };
}
