/**
 * Validates every data file the app serves (public/data):
 *
 *   npx tsx scripts/data-check.ts   (npm run data:check)
 *
 * On failure: one line per problem (`file: row: field: message`), exit 1. On success: a summary
 * of the files checked and their row counts, exit 0. The checks themselves are in
 * scripts/data-check-lib.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { validateChangelog } from '@/features/changelog/api/changelog-schema';
import { validateEuOptionsData } from '@/features/eu-options/api/eu-options-schema';
import { validateFinancingData } from '@/features/financing/api/validate-financing';
import type { KielTableParse } from '@/features/kiel/model/kiel-table';
import { parseKielDataExplorer } from '@/features/kiel/model/parse-kiel';
import { parseKielProcurementTrends } from '@/features/kiel/model/parse-procurement-trends';
import { parseKielReleaseInfo } from '@/features/kiel/model/parse-release-info';
import { parseKielTotalAllocations } from '@/features/kiel/model/parse-total-allocations';
import { KIEL_FILES } from '@/features/kiel/api/kiel-queries';
import { KIEL_RELEASES } from '@/features/kiel/release/kiel-releases';
import {
  checkFxRatesFile,
  checkKielFile,
  checkPlainCsvFile,
  checkPledgesFile,
  checkPurlTotalsFile,
  formatProblem,
  type FileReport,
  financingGermanWarnings,
  euOptionsGermanWarnings,
  changelogGermanWarnings,
} from './data-check-lib';

const dataDir = resolve(process.cwd(), 'public/data');
/** Kiel release folders (kiel-ust-rNN); the manifest's current and previous ones must be there. */
const KIEL_FOLDER = /^(kiel-ust-r\d{1,3})\/(.+\.csv)$/;
const KIEL_NEEDED = [
  KIEL_RELEASES.current,
  ...(KIEL_RELEASES.previous ? [KIEL_RELEASES.previous] : []),
].flatMap((ref) => Object.values(KIEL_FILES).map((file) => `${ref.folder}/${file}`));

/** Kiel release files with a dedicated parser; other CSVs there get the plain CSV check. */
const KIEL_PARSERS: Record<string, (text: string) => KielTableParse<unknown>> = {
  'data_explorer.csv': parseKielDataExplorer,
  'procurement_trends.csv': parseKielProcurementTrends,
  'release_info.csv': parseKielReleaseInfo,
  'total_allocations.csv': parseKielTotalAllocations,
};

/** Files that need no check of their own (documentation; bundled sources are checked as cited). */
const DOCUMENTATION = /\.(md|txt)$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A JSON file checked by its feature's validator (one message per problem, naming the field). */
function checkJsonFile(
  file: string,
  text: string,
  validate: (json: unknown) => string[],
): FileReport {
  const json = parseJson(text);
  const messages = json === undefined ? ['not valid JSON'] : validate(json);
  return {
    file,
    rows: json === undefined ? 0 : 1,
    problems: messages.map((message) => ({ file, row: '(file)', field: '(see message)', message })),
    warnings: [],
  };
}

function main(): number {
  if (!existsSync(dataDir)) {
    console.error(`public/data: folder missing`);
    return 1;
  }
  const files = listFiles(dataDir).map((path) => relative(dataDir, path).split('\\').join('/'));
  const read = (name: string) => readFileSync(join(dataDir, name), 'utf8');
  const shown = (name: string) => `public/data/${name}`;
  const reports: FileReport[] = [];
  const unchecked: string[] = [];
  const required = [
    'pledges.json',
    'fx-rates.json',
    'purl-running-totals.json',
    'financing.json',
    'eu-options.json',
    'changelog.json',
    ...KIEL_NEEDED,
  ];
  const missing = required.filter((name) => !files.includes(name));

  const fx = files.includes('fx-rates.json')
    ? checkFxRatesFile(shown('fx-rates.json'), read('fx-rates.json'))
    : null;
  if (fx) reports.push(fx.report);
  const bundledSources = new Set(
    files.filter((f) => f.startsWith('sources/')).map((f) => `data/${f}`),
  );

  for (const name of files) {
    if (name === 'fx-rates.json' || DOCUMENTATION.test(name)) continue;
    if (name === 'pledges.json') {
      const currenciesWithRates = fx && fx.report.problems.length === 0 ? fx.currencies : null;
      reports.push(
        checkPledgesFile(shown(name), read(name), { currenciesWithRates, bundledSources }),
      );
    } else if (name === 'purl-running-totals.json') {
      reports.push(checkPurlTotalsFile(shown(name), read(name)));
    } else if (name === 'financing.json') {
      const fxJson: unknown =
        fx && fx.report.problems.length === 0 ? parseJson(read('fx-rates.json')) : undefined;
      const report = checkJsonFile(shown(name), read(name), (json) =>
        validateFinancingData(json, fxJson),
      );
      report.warnings.push(...financingGermanWarnings(shown(name), parseJson(read(name))));
      reports.push(report);
    } else if (name === 'changelog.json') {
      const report = checkJsonFile(shown(name), read(name), validateChangelog);
      report.warnings.push(...changelogGermanWarnings(shown(name), parseJson(read(name))));
      reports.push(report);
    } else if (name === 'eu-options.json') {
      const report = checkJsonFile(shown(name), read(name), validateEuOptionsData);
      report.warnings.push(...euOptionsGermanWarnings(shown(name), parseJson(read(name))));
      reports.push(report);
    } else if (KIEL_FOLDER.test(name)) {
      const parse = KIEL_PARSERS[KIEL_FOLDER.exec(name)?.[2] ?? ''];
      reports.push(
        parse
          ? checkKielFile(shown(name), read(name), parse)
          : checkPlainCsvFile(shown(name), read(name)),
      );
    } else {
      unchecked.push(shown(name));
    }
  }

  const problems = reports.flatMap((report) => report.problems);
  for (const name of missing) console.error(`${shown(name)}: (file): (file): missing`);
  for (const problem of problems) console.error(formatProblem(problem));
  for (const warning of reports.flatMap((report) => report.warnings)) {
    console.warn(`warning: ${formatProblem(warning)}`);
  }
  for (const name of unchecked) console.warn(`note: ${name} has no checker (not validated)`);
  if (missing.length + problems.length > 0) {
    console.error(`data check failed: ${missing.length + problems.length} problem(s)`);
    return 1;
  }
  for (const report of reports) {
    const warnings = report.warnings.length > 0 ? `, ${report.warnings.length} warning(s)` : '';
    console.log(`ok ${report.file}: ${report.rows} rows${warnings}`);
  }
  console.log(`data check passed: ${reports.length} files`);
  return 0;
}

process.exitCode = main();
