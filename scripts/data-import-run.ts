/// <reference types="vite/client" />
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import * as v from 'valibot';
import { analyseImportBytes } from '@/features/import/model/analyse-import';
import { buildCliReport } from '@/features/import/model/cli-report';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from '@/features/import/model/import-limits';
import { kielTotals, pledgeTotals } from '@/features/import/model/donor-totals';
import type { DataSetKind, ImportAnalysis } from '@/features/import/model/import-types';
import { addToBundled } from '@/features/import/model/merge-pledges';
import { parsePledgeRows } from '@/features/pledges/model/parse-pledge-rows';
import { parseKielDataExplorer } from '@/features/kiel/model/parse-kiel';
import { KIEL_RELEASES } from '@/features/kiel/release/kiel-releases';
import { buildRateTable } from '@/features/pledges/model/convert';
import { pledgeDatasetSchema } from '@/features/pledges/api/pledge-schema';
import { fxRatesSchema } from '@/lib/fx-schema';

const USAGE =
  'usage: npm run data:import -- FILE [--dry-run] [--force] [--add] [--release N] [--kind kiel|pledges]';

/**
 * Write `data` to `target` atomically (a temporary file in the same folder, then a rename: a
 * reader never sees half a file) after copying the previous file to `target.bak`.
 */
function writeWithBackup(target: string, data: string | Uint8Array): string | null {
  const backup = existsSync(target) ? `${target}.bak` : null;
  if (backup) copyFileSync(target, backup);
  const temporary = `${target}.tmp-${process.pid}`;
  writeFileSync(temporary, data);
  renameSync(temporary, target);
  return backup;
}

const backupNote = (backup: string | null, cwd: string) =>
  backup ? ` Previous file kept as ${relative(cwd, backup)}.` : '';

/**
 * Runs the import; returns the exit code: 0 written (or --dry-run), 1 refused (the file, or rows
 * rejected without --force; nothing written), 2 usage or I/O problem (no such file, a directory,
 * too large, unreadable).
 */
export function runDataImport(args: string[], cwd: string): number {
  try {
    return run(args, cwd);
  } catch (error) {
    // No stack trace for a maintainer: what failed, in one line.
    console.error(`data:import: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

function run(args: string[], cwd: string): number {
  const dryRun = args.includes('--dry-run');
  const force = args.includes('--force');
  // A pledge list added to pledges.json (as the app's "add"): checked against the bundled lines.
  const add = args.includes('--add');
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
  const stat = statSync(path);
  if (stat.isDirectory()) {
    console.error(`${file}: is a directory; give the path of a CSV or JSON file`);
    return 2;
  }
  if (stat.size > MAX_IMPORT_BYTES) {
    console.error(
      `${file}: ${Math.round(stat.size / 1048576)} MB; files up to ${MAX_IMPORT_MB} MB can be imported`,
    );
    return 2;
  }
  const bytes = readFileSync(path);
  const dataDir = join(cwd, 'public/data');
  const rates = buildRateTable(
    v.parse(fxRatesSchema, JSON.parse(readFileSync(join(dataDir, 'fx-rates.json'), 'utf8'))),
  );
  const bundledPledges = add
    ? parsePledgeRows(
        JSON.parse(readFileSync(join(dataDir, 'pledges.json'), 'utf8')),
        'pledges.json',
      ).dataset
    : null;
  const checked = analyseImportBytes(bytes, basename(path), {
    kind: kindArg as DataSetKind | undefined,
    release,
    now: new Date(),
    ratedCurrencies: [...rates.keys()],
    addTo: bundledPledges,
  });
  // Adding: the report is that of the file checked against the bundled lines merged with it.
  const { asAdded, ...alone } = checked;
  const analysis: ImportAnalysis = asAdded ? { ...alone, ...asAdded } : alone;
  // Adding: the bundled lines with the file's (a line with a bundled id replaces it), checked
  // again as the app does; the report's totals are then those of the merged list.
  const merged =
    bundledPledges && analysis.fatal.length === 0 && analysis.payload?.kind === 'pledges'
      ? parsePledgeRows(
          addToBundled(bundledPledges, analysis.payload.data.dataset, basename(path)),
          'pledges.json',
        )
      : null;
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
  const report = buildCliReport(
    merged ? { ...analysis, payload: { kind: 'pledges', data: merged } } : analysis,
    bundled,
    rates,
  );
  process.stdout.write(report.text);
  if (report.exitCode !== 0 || !analysis.payload) return report.exitCode;
  if (analysis.rejected.length > 0 && !force && !dryRun) {
    console.error(
      `\n${analysis.rejected.length} row(s) rejected: nothing written. Fix them, or add --force to write the ${analysis.accepted} accepted row(s) only.`,
    );
    return 1;
  }
  if (merged && merged.rejected.length > 0 && !force && !dryRun) {
    console.error(
      `\nAdding leaves out bundled line(s) ${merged.rejected.map((r) => r.id).join(', ')} (their links no longer hold): nothing written. Add --force to write without them.`,
    );
    return 1;
  }
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
    const backup = writeWithBackup(join(folder, 'data_explorer.csv'), bytes);
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
    writeWithBackup(join(folder, 'PROVENANCE-IMPORT.md'), note);
    console.log(
      `\nWrote ${join('public/data', `kiel-ust-r${analysis.release}`, 'data_explorer.csv')} and PROVENANCE-IMPORT.md (sha256 ${sha}).${backupNote(backup, cwd)}`,
    );
    return 0;
  }
  const target = join(dataDir, 'pledges.json');
  const written = merged ? merged.dataset : analysis.payload.data.dataset;
  const backup = writeWithBackup(target, `${JSON.stringify(written, null, 2)}\n`);
  console.log(
    `\nWrote public/data/pledges.json: ${bundledPledges ? `the bundled pledges with ${analysis.accepted} validated line(s) of the file added (${written.pledges.length} in all)` : `${analysis.accepted} validated pledges`}${analysis.rejected.length > 0 ? ` (--force: ${analysis.rejected.length} rejected row(s) left out)` : ''}.${backupNote(backup, cwd)} Run npm run data:check next.`,
  );
  return 0;
}
