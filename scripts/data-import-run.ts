/// <reference types="vite/client" />
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import * as v from 'valibot';
import { analyseImport } from '@/features/import/model/analyse-import';
import { buildCliReport } from '@/features/import/model/cli-report';
import { kielTotals, pledgeTotals } from '@/features/import/model/donor-totals';
import type { DataSetKind } from '@/features/import/model/import-types';
import { parseKielDataExplorer } from '@/features/kiel/model/parse-kiel';
import { KIEL_RELEASES } from '@/features/kiel/release/kiel-releases';
import { buildRateTable } from '@/features/pledges/model/convert';
import { pledgeDatasetSchema } from '@/features/pledges/api/pledge-schema';
import { fxRatesSchema } from '@/lib/fx-schema';

const USAGE = 'usage: npm run data:import -- FILE [--dry-run] [--release N] [--kind kiel|pledges]';

/** Runs the import; returns the exit code (0 ok, 1 rejected, 2 usage or I/O problem). */
export function runDataImport(args: string[], cwd: string): number {
  const dryRun = args.includes('--dry-run');
  const valueOf = (flag: string) => {
    const i = args.indexOf(flag);
    return i === -1 ? undefined : args[i + 1];
  };
  const release = valueOf('--release');
  const kindArg = valueOf('--kind');
  const file = args.find(
    (arg, i) => !arg.startsWith('--') && !['--release', '--kind'].includes(args[i - 1] ?? ''),
  );
  if (
    !file ||
    (release !== undefined && !/^\d{1,3}$/.test(release)) ||
    (kindArg && kindArg !== 'kiel' && kindArg !== 'pledges')
  ) {
    console.error(USAGE);
    return 2;
  }
  const path = resolve(cwd, file);
  if (!existsSync(path)) {
    console.error(`${file}: no such file`);
    return 2;
  }
  const bytes = readFileSync(path);
  const dataDir = join(cwd, 'public/data');
  const rates = buildRateTable(
    v.parse(fxRatesSchema, JSON.parse(readFileSync(join(dataDir, 'fx-rates.json'), 'utf8'))),
  );
  const analysis = analyseImport(bytes.toString('utf8'), basename(path), {
    kind: kindArg as DataSetKind | undefined,
    release,
    now: new Date(),
    ratedCurrencies: [...rates.keys()],
  });
  const bundled =
    analysis.kind === 'kiel'
      ? kielTotals(
          parseKielDataExplorer(
            readFileSync(join(dataDir, KIEL_RELEASES.current.folder, 'data_explorer.csv'), 'utf8'),
          ).rows,
        )
      : pledgeTotals(
          v.parse(
            pledgeDatasetSchema,
            JSON.parse(readFileSync(join(dataDir, 'pledges.json'), 'utf8')),
          ),
          rates,
        );
  const report = buildCliReport(analysis, bundled, rates);
  process.stdout.write(report.text);
  if (report.exitCode !== 0 || !analysis.payload) return report.exitCode;
  if (dryRun) {
    console.log('\n--dry-run: nothing written.');
    return 0;
  }
  if (analysis.payload.kind === 'kiel') {
    if (!analysis.release) {
      console.error('\nA Kiel file needs its release number: add --release N (nothing written).');
      return 2;
    }
    const folder = join(dataDir, `kiel-ust-r${analysis.release}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'data_explorer.csv'), bytes);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const note = [
      `# Provenance: Kiel Ukraine Support Tracker, Release ${analysis.release} (data_explorer.csv)`,
      '',
      `- **Imported from:** ${basename(path)} on ${new Date().toISOString().slice(0, 10)} with \`npm run data:import\`.`,
      `- **Release:** ${analysis.release}.`,
      `- **SHA-256 of data_explorer.csv:** ${sha} (byte-identical copy of the file imported).`,
      `- **Check:** ${analysis.accepted} rows accepted, ${analysis.rejected.length} rejected, ${analysis.warnings.length} warnings.`,
      ...analysis.notes.map((n) => `- ${n}`),
      '',
      'Only data_explorer.csv was imported. To bundle a whole release (all its files, provenance and',
      'the manifest the app reads), use npm run data:kiel -- FOLDER (docs/data-update.md).',
      '',
    ].join('\n');
    writeFileSync(join(folder, 'PROVENANCE-IMPORT.md'), note);
    console.log(
      `\nWrote ${join('public/data', `kiel-ust-r${analysis.release}`, 'data_explorer.csv')} and PROVENANCE-IMPORT.md (sha256 ${sha}).`,
    );
    return 0;
  }
  const target = join(dataDir, 'pledges.json');
  writeFileSync(target, `${JSON.stringify(analysis.payload.data.dataset, null, 2)}\n`);
  console.log(
    `\nWrote public/data/pledges.json: ${analysis.accepted} validated pledges (rejected rows left out). Run npm run data:check next.`,
  );
  return 0;
}
