import * as v from 'valibot';
import { pledgeLabelDe } from '@/features/pledges/model/pledge-label-de';
import { pledgeDatasetSchema } from '@/features/pledges/api/pledge-schema';
import { financingDataSchema } from '@/features/financing/api/financing-schema';
import { changelogSchema } from '@/features/changelog/api/changelog-schema';
import { euOptionsSchema } from '@/features/eu-options/api/eu-options-schema';
import { EU_OPTIONS_DE } from '@/features/eu-options/model/eu-options-de';
import { euOptionsTexts } from '@/features/eu-options/model/localise-eu-options';
import { missingGerman, type GermanTable } from '@/lib/i18n/german-by-english';
import { FINANCING_DE } from '@/features/financing/model/financing-de';
import { financingTexts } from '@/features/financing/model/localise-financing';
import { checkPledgeIntegrity } from '@/features/pledges/model/integrity';
import { wordRowReason } from '@/features/pledges/model/row-problem';
import { purlTotalsSchema } from '@/features/purl/api/purl-totals-schema';
import type { KielParseIssue, KielTableParse } from '@/features/kiel/model/kiel-table';
import { wordKielMessage } from '@/features/kiel/model/kiel-message';
import { parseCsv } from '@/lib/csv/parse-csv';
import { fxRatesSchema } from '@/lib/fx-schema';
import { currencyCodes } from '@/lib/schema-primitives';
import { formatPath } from '@/lib/format-path';
import { issuePath, safeParseData } from '@/lib/schema-primitives';

/**
 * The pure core of scripts/data-check.ts: each function takes a file's name and text and returns
 * what is wrong with it, each problem naming the file, the row (CSV: 1-based line; JSON: path,
 * with the pledge id where there is one) and the field.
 */
export interface DataProblem {
  file: string;
  row: string;
  field: string;
  message: string;
}

export interface FileReport {
  file: string;
  /** Data rows read (pledges, statements, rates, CSV records). */
  rows: number;
  problems: DataProblem[];
  /** Remarks that do not fail the check (e.g. Kiel rows kept with a warning). */
  warnings: DataProblem[];
}

export const formatProblem = (p: DataProblem) => `${p.file}: ${p.row}: ${p.field}: ${p.message}`;

/** `['pledges', 3, 'sources', 0, 'url']` -> `sources[0].url` (the part after the row). */

/** The row of a JSON issue: `pledges[3] (P004)` for list items (with their id), else the top key. */
function locate(data: unknown, path: readonly PropertyKey[]): { row: string; field: string } {
  const [key, index] = path;
  if (typeof key === 'string' && typeof index === 'number') {
    const list = (data as Record<string, unknown> | null)?.[key];
    const item = Array.isArray(list) ? (list[index] as { id?: unknown } | undefined) : undefined;
    const id = typeof item?.id === 'string' ? ` (${item.id})` : '';
    return { row: `${key}[${index}]${id}`, field: formatPath(path.slice(2)) || '(row)' };
  }
  if (key === undefined) return { row: '(root)', field: '(file)' };
  return { row: String(key), field: formatPath(path.slice(1)) || '(whole)' };
}

/** Schema issues -> problem lines `file: row: field: message`. */
export function formatIssues(
  file: string,
  issues: readonly v.BaseIssue<unknown>[],
  data?: unknown,
): string[] {
  return issues.map((issue) =>
    formatProblem({ file, ...locate(data, issuePath(issue)), message: issue.message }),
  );
}

/** What the document holds at `path`, shortened: the plain schema messages do not say. */
function found(json: unknown, path: readonly PropertyKey[]): string {
  let value = json;
  for (const key of path) {
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined;
  }
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value);
  return `found ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}

type Parsed<S extends v.GenericSchema> = { report: FileReport; data: v.InferOutput<S> | null };

/** Parse JSON text and validate it; `rowsOf` counts the data rows of a valid document. */
function checkJson<S extends v.GenericSchema>(
  file: string,
  text: string,
  schema: S,
  rowsOf: (data: v.InferOutput<S>) => number,
): Parsed<S> {
  const report: FileReport = { file, rows: 0, problems: [], warnings: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    report.problems.push({
      file,
      row: '(root)',
      field: '(file)',
      message: `not valid JSON: ${String(error)}`,
    });
    return { report, data: null };
  }
  const result = safeParseData(schema, json);
  if (!result.success) {
    for (const issue of result.issues) {
      const path = issuePath(issue);
      const message = `${issue.message} (${found(json, path)})`;
      report.problems.push({ file, ...locate(json, path), message });
    }
    return { report, data: null };
  }
  report.rows = rowsOf(result.output);
  return { report, data: result.output };
}

export function checkFxRatesFile(
  file: string,
  text: string,
): { report: FileReport; currencies: string[] } {
  const { report, data } = checkJson(file, text, fxRatesSchema, (fx) => fx.rates.length);
  const currencies: string[] = [];
  data?.rates.forEach((rate, i) => {
    if (currencies.includes(rate.currency)) {
      report.problems.push({
        file,
        row: `rates[${i}]`,
        field: 'currency',
        message: `second rate for ${rate.currency}`,
      });
    } else currencies.push(rate.currency);
  });
  // Every currency a data file or an import may use needs a sourced rate: no silent zero.
  if (data) {
    for (const code of currencyCodes) {
      if (!currencies.includes(code)) {
        report.problems.push({
          file,
          row: '(rates)',
          field: 'currency',
          message: `no rate for ${code}, a currency the data files and imports accept: add a sourced rate`,
        });
      }
    }
  }
  return { report, currencies };
}

/** A warning for each of `texts` that `table` (a German table keyed by English, at `tablePath`) lacks. */
function germanTableWarnings(
  file: string,
  table: GermanTable,
  texts: Iterable<string>,
  tablePath: string,
): DataProblem[] {
  return missingGerman(table, texts).map((text) => ({
    file,
    row: '(text)',
    field: 'German',
    message: `no German for "${text.length > 70 ? `${text.slice(0, 70)}…` : text}": add it to ${tablePath}`,
  }));
}

/**
 * Both languages for financing.json: a warning for each text the page shows that has no German
 * in src/features/financing/model/financing-de.ts (it shows in English until one is added);
 * localise-financing.test.ts holds the bundled file to German for every text.
 */
export function financingGermanWarnings(file: string, json: unknown): DataProblem[] {
  const parsed = v.safeParse(financingDataSchema, json);
  if (!parsed.success) return [];
  return germanTableWarnings(
    file,
    FINANCING_DE,
    financingTexts(parsed.output),
    'src/features/financing/model/financing-de.ts',
  );
}

/**
 * Both languages for eu-options.json: a warning for each text the page shows that has no German
 * in src/features/eu-options/model/eu-options-de.ts (it shows in English until one is added);
 * localise-eu-options.test.ts holds the bundled file to German for every text.
 */
export function euOptionsGermanWarnings(file: string, json: unknown): DataProblem[] {
  const parsed = v.safeParse(euOptionsSchema, json);
  if (!parsed.success) return [];
  return germanTableWarnings(
    file,
    EU_OPTIONS_DE,
    euOptionsTexts(parsed.output),
    'src/features/eu-options/model/eu-options-de.ts',
  );
}

/**
 * Both languages for changelog.json: a warning for an entry or revised line without its German
 * reason (`--reason-de`, `--why-de`) and a line without its German label (data:changelog writes it
 * from the German the app shows for that line).
 */
export function changelogGermanWarnings(file: string, json: unknown): DataProblem[] {
  const parsed = v.safeParse(changelogSchema, json);
  if (!parsed.success) return [];
  const warnings: DataProblem[] = [];
  const warn = (row: string, field: string, message: string) =>
    warnings.push({ file, row, field, message });
  parsed.output.entries.forEach((entry, i) => {
    const row = `entries[${i}] (${entry.date})`;
    if (entry.reasonDe === undefined)
      warn(row, 'reasonDe', 'no German reason: give --reason-de to data:changelog');
    const lines = [
      ...entry.added.map((line) => ['added', line] as const),
      ...entry.revised.map((line) => ['revised', line] as const),
      ...entry.removed.map((line) => ['removed', line] as const),
    ];
    for (const [list, line] of lines) {
      if (!line.labelDe)
        warn(`${row} ${list} ${line.key}`, 'labelDe', `no German label for "${line.label}"`);
      if ('reasonDe' in line || list !== 'revised') continue;
      warn(
        `${row} ${list} ${line.key}`,
        'reasonDe',
        'no German reason: give --why-de or --reason-de',
      );
    }
  });
  return warnings;
}

export interface PledgeCheckContext {
  /** Currencies with an FX rate; null when fx-rates.json itself is broken (check skipped). */
  currenciesWithRates: readonly string[] | null;
  /** Files present under data/sources/, as `data/sources/NAME`. */
  bundledSources: ReadonlySet<string>;
}

export function checkPledgesFile(
  file: string,
  text: string,
  context: PledgeCheckContext,
): FileReport {
  const { report, data } = checkJson(file, text, pledgeDatasetSchema, (d) => d.pledges.length);
  if (!data) {
    const message =
      'link, currency and bundled-source checks skipped until the schema errors are fixed';
    report.warnings.push({ file, row: '(root)', field: '(file)', message });
    return report;
  }
  const rowOf = (id: string) => {
    const index = data.pledges.findIndex((pledge) => pledge.id === id);
    return `pledges[${index}] (${id})`;
  };
  for (const problem of checkPledgeIntegrity(data, context.currenciesWithRates)) {
    report.problems.push({
      file,
      row: rowOf(problem.id),
      field: problem.field,
      message: wordRowReason(problem.reason, 'en'),
    });
  }
  data.pledges.forEach((pledge, i) => {
    // Both languages for every row: the German label is composed from the English one's pattern.
    // A warning (the row stays valid and shows its English label); the unit test
    // pledge-label.test.ts holds the bundled rows to a German label each.
    if (pledgeLabelDe(pledge) === null)
      report.warnings.push({
        file,
        row: `pledges[${i}] (${pledge.id})`,
        field: 'label',
        message: `no German label can be composed for "${pledge.label}": add its phrase to src/features/pledges/model/pledge-label.ts`,
      });
    // The status note and the description are shown on screen and exported: German readers get
    // them in German (the research build writes the German; warned when missing).
    for (const [english, german, field, what] of [
      [pledge.statusNote, pledge.statusNoteDe, 'statusNoteDe', 'status note'],
      [pledge.description, pledge.descriptionDe, 'descriptionDe', 'description'],
    ] as const) {
      if (english !== undefined && german === undefined)
        report.warnings.push({
          file,
          row: `pledges[${i}] (${pledge.id})`,
          field,
          message: `no German text for the ${what} "${english}": add ${field}`,
        });
    }
    const sources = [
      ...pledge.sources.map((source, j) => ({ field: `sources[${j}].url`, url: source.url })),
      ...(pledge.conflicts ?? []).map((c, j) => ({
        field: `conflicts[${j}].source.url`,
        url: c.source.url,
      })),
    ];
    for (const { field, url } of sources) {
      if (url.startsWith('data/') && !context.bundledSources.has(url)) {
        report.problems.push({
          file,
          row: `pledges[${i}] (${pledge.id})`,
          field,
          message: `bundled copy ${url} is missing`,
        });
      }
    }
  });
  return report;
}

export function checkPurlTotalsFile(file: string, text: string): FileReport {
  const { report, data } = checkJson(file, text, purlTotalsSchema, (d) => d.statements.length);
  // Who made a statement is shown with it: German readers get it in German (warned when missing).
  data?.statements.forEach((statement, i) => {
    if (statement.whoDe === undefined)
      report.warnings.push({
        file,
        row: `statements[${i}] (${statement.date})`,
        field: 'whoDe',
        message: `no German text for "${statement.who}": add it to scripts/research-purl-de.ts`,
      });
  });
  return report;
}

/** A Kiel release file read with its parser (src/features/kiel/model/parse-*.ts). */
export function checkKielFile(
  file: string,
  text: string,
  parse: (text: string) => KielTableParse<unknown>,
): FileReport {
  const parsed = parse(text);
  const toProblem = (issue: KielParseIssue): DataProblem => ({
    file,
    row: `line ${issue.line}`,
    field: issue.field,
    message: wordKielMessage(issue.message, 'en'),
  });
  return {
    file,
    rows: parsed.rows.length,
    problems: [
      ...parsed.missingRequired.map((column) => ({
        file,
        row: 'line 1',
        field: column,
        message: 'required column is missing',
      })),
      ...parsed.duplicateColumns.map((column) => ({
        file,
        row: 'line 1',
        field: column.name,
        message: `column appears more than once (columns ${column.positions.join(', ')})`,
      })),
      ...parsed.problems.map(toProblem),
      ...(parsed.truncated
        ? [
            {
              file,
              row: 'end of file',
              field: '(file)',
              message: 'ends in the middle of a record (truncated?)',
            },
          ]
        : []),
    ],
    warnings: parsed.warnings.map(toProblem),
  };
}

/** A CSV without a dedicated parser: well-formed, and every record as wide as the header. */
export function checkPlainCsvFile(file: string, text: string): FileReport {
  const { header, rows, problems } = parseCsv(text);
  const report: FileReport = { file, rows: rows.length, problems: [], warnings: [] };
  for (const problem of problems) {
    report.problems.push({
      file,
      row: `line ${problem.line}`,
      field: '(file)',
      message: problem.message,
    });
  }
  for (const { line, cells } of rows) {
    if (cells.length !== header.length) {
      report.problems.push({
        file,
        row: `line ${line}`,
        field: '(row)',
        message: `expected ${header.length} cells, found ${cells.length}`,
      });
    }
  }
  return report;
}
