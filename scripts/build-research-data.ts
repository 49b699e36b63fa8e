/**
 * Maintainer script: turns the research files into the project's data files.
 *
 *   npx tsx scripts/build-research-data.ts
 *
 * Reads data/research/{pledges,purl_running_totals}.csv and data/research/sources/ (the project's
 * research, checked in; see data/research/PROVENANCE.md), relative to the project root = the
 * working directory, and writes, pretty-printed:
 *   public/data/pledges.json              (schema: src/features/pledges/api/pledge-schema.ts)
 *   public/data/purl-running-totals.json  (schema: src/features/purl/api/purl-totals-schema.ts)
 *   public/data/fx-rates.json             (schema: src/lib/fx-schema.ts)
 *   public/data/sources/news-report-2025-12-03-de.txt (the seed report, cited by P019)
 * Every judgement is in the annotation tables (scripts/research-annotations-*.ts) and in
 * scripts/fx-derivations.ts. Nothing is written unless all outputs validate.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type * as v from 'valibot';
import { pledgeDatasetSchema } from '@/features/pledges/api/pledge-schema';
import { checkPledgeIntegrity } from '@/features/pledges/model/integrity';
import { wordRowReason } from '@/features/pledges/model/row-problem';
import { purlTotalsSchema } from '@/features/purl/api/purl-totals-schema';
import { fxRatesSchema } from '@/lib/fx-schema';
import { safeParseData } from '@/lib/schema-primitives';
import { FX_DERIVATIONS } from './fx-derivations';
import { buildFxRates } from './fx-rates-build';
import { OTHER_ANNOTATIONS } from './research-annotations-other';
import { PURL_ANNOTATIONS } from './research-annotations-purl';
import { PURL_TOTALS_ANNOTATIONS } from './research-annotations-totals';
import { buildPledgeDataset, buildPurlTotals, csvRecords } from './research-rules';
import { formatIssues } from './data-check-lib';
import { unusedGerman } from '@/lib/i18n/german-by-english';
import { DESCRIPTION_DE } from './research-descriptions-de';
import { PURL_WHO_DE } from './research-purl-de';
import { STATUS_NOTE_DE } from './research-status-notes-de';

const root = process.cwd();
const researchDir = resolve(root, 'data/research');
const seedDir = join(researchDir, 'sources');
const outDir = resolve(root, 'public/data');
const SEED_COPY = 'news-report-2025-12-03-de.txt';

const readCsv = (name: string) => csvRecords(readFileSync(join(researchDir, name), 'utf8'), name);

/** The seed report with trailing blank lines trimmed (one final newline kept). */
function seedText(): string {
  return `${readFileSync(join(seedDir, SEED_COPY), 'utf8').replace(/\s+$/, '')}\n`;
}

function validated<S extends v.GenericSchema>(
  file: string,
  schema: S,
  data: v.InferOutput<S>,
): v.InferOutput<S> {
  const result = safeParseData(schema, data);
  if (!result.success) {
    throw new Error(
      `${file} would not validate:\n${formatIssues(file, result.issues, data).join('\n')}`,
    );
  }
  return data;
}

function main() {
  const pledges = validated(
    'pledges.json',
    pledgeDatasetSchema,
    buildPledgeDataset(readCsv('pledges.csv'), { ...PURL_ANNOTATIONS, ...OTHER_ANNOTATIONS }),
  );
  const totals = validated(
    'purl-running-totals.json',
    purlTotalsSchema,
    buildPurlTotals(readCsv('purl_running_totals.csv'), PURL_TOTALS_ANNOTATIONS),
  );
  const fx = validated('fx-rates.json', fxRatesSchema, buildFxRates(FX_DERIVATIONS));
  const problems = checkPledgeIntegrity(
    pledges,
    fx.rates.map((rate) => rate.currency),
  );
  if (problems.length > 0) {
    throw new Error(
      problems
        .map((p) => `pledges.json ${p.id} ${p.field}: ${wordRowReason(p.reason, 'en')}`)
        .join('\n'),
    );
  }

  // A German entry whose English text changed is left behind: name it (the row shows English and
  // data:check warns until the entry is re-keyed to the new text).
  const stale = [
    ...unusedGerman(
      DESCRIPTION_DE,
      pledges.pledges.map((p) => p.description),
    ),
    ...unusedGerman(
      STATUS_NOTE_DE,
      pledges.pledges.flatMap((p) => p.statusNote ?? []),
    ),
    ...unusedGerman(
      PURL_WHO_DE,
      totals.statements.map((s) => s.who),
    ),
  ];
  for (const english of stale)
    console.warn(`German entry no row uses (English changed?): "${english}"`);

  mkdirSync(join(outDir, 'sources'), { recursive: true });
  const write = (name: string, data: unknown) =>
    writeFileSync(join(outDir, name), `${JSON.stringify(data, null, 2)}\n`);
  write('pledges.json', pledges);
  write('purl-running-totals.json', totals);
  write('fx-rates.json', fx);
  writeFileSync(join(outDir, 'sources', SEED_COPY), seedText());

  console.log(
    `Wrote public/data: pledges.json (${pledges.pledges.length} rows, as of ${pledges.dataset.asOf}), ` +
      `purl-running-totals.json (${totals.statements.length} statements), ` +
      `fx-rates.json (${fx.rates.length} rates), sources/${SEED_COPY}.`,
  );
}

main();
