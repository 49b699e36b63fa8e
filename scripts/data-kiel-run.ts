/// <reference types="vite/client" />
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, resolve } from 'node:path';
import * as v from 'valibot';
import { KIEL_FILES } from '@/features/kiel/api/kiel-queries';
import type { KielTableParse } from '@/features/kiel/model/kiel-table';
import { parseKielDataExplorer } from '@/features/kiel/model/parse-kiel';
import { parseKielProcurementTrends } from '@/features/kiel/model/parse-procurement-trends';
import { parseKielReleaseInfo } from '@/features/kiel/model/parse-release-info';
import { parseKielTotalAllocations } from '@/features/kiel/model/parse-total-allocations';
import {
  kielReleaseManifestSchema,
  type KielReleaseManifest,
  type KielReleaseRef,
} from '@/features/kiel/release/kiel-release-types';
import { diffKielReleases } from '@/features/kiel/release/release-diff';
import { checkKielFile, checkPlainCsvFile, formatProblem } from './data-check-lib';
import { formatKielDiff } from './kiel-diff-report';

const USAGE = 'usage: npm run data:kiel -- FOLDER [--dry-run]';
/** Where the app's release manifest lives, relative to the project root. */
export const MANIFEST_PATH = 'src/features/kiel/release/kiel-releases.json';

const PARSERS: Record<string, (text: string) => KielTableParse<unknown>> = {
  [KIEL_FILES.dataExplorer]: parseKielDataExplorer,
  [KIEL_FILES.releaseInfo]: parseKielReleaseInfo,
  [KIEL_FILES.totalAllocations]: parseKielTotalAllocations,
  [KIEL_FILES.procurementTrends]: parseKielProcurementTrends,
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Validates every release file; returns the problems as lines (empty when all are sound). */
function validate(folder: string, files: string[]): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(PARSERS)) {
    if (!files.includes(name)) problems.push(`${name}: (file): (file): missing`);
  }
  for (const name of files.filter((f) => f.endsWith('.csv'))) {
    const text = readFileSync(join(folder, name), 'utf8');
    const parse = PARSERS[name];
    const report = parse ? checkKielFile(name, text, parse) : checkPlainCsvFile(name, text);
    problems.push(...report.problems.map(formatProblem));
    if (report.rows === 0 && parse) problems.push(`${name}: (file): (file): no valid row`);
  }
  return problems;
}

/**
 * Adds a new Kiel tracker release: validates its files, copies them unchanged into
 * public/data/kiel-ust-rNN with a PROVENANCE.md, makes it the current release in the manifest and
 * keeps the one before as `previous`; prints what changed since that release. Returns the exit
 * code (0 ok, 1 rejected: nothing written, 2 usage).
 */
export function runKielRelease(args: string[], cwd: string, today: Date = new Date()): number {
  const dryRun = args.includes('--dry-run');
  const source = args.find((arg) => !arg.startsWith('--'));
  if (!source) {
    console.error(USAGE);
    return 2;
  }
  const folder = resolve(cwd, source);
  if (!existsSync(folder)) {
    console.error(`${source}: no such folder`);
    return 2;
  }
  const dataDir = join(cwd, 'public/data');
  const manifestFile = join(cwd, MANIFEST_PATH);
  const manifest = v.parse(
    kielReleaseManifestSchema,
    JSON.parse(readFileSync(manifestFile, 'utf8')),
  );
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.csv') || f === 'README.md')
    .sort();

  const problems = validate(folder, files);
  if (problems.length > 0) {
    console.error(`Rejected: ${problems.length} problem(s); nothing written.`);
    for (const line of problems) console.error(`  ${line}`);
    return 1;
  }
  const info = parseKielReleaseInfo(
    readFileSync(join(folder, KIEL_FILES.releaseInfo), 'utf8'),
  ).rows;
  if (info.length !== 1 || !info[0]) {
    console.error(`Rejected: release_info.csv must have exactly one row (has ${info.length}).`);
    return 1;
  }
  const explorer = parseKielDataExplorer(
    readFileSync(join(folder, KIEL_FILES.dataExplorer), 'utf8'),
  );
  const months = explorer.rows.map((r) => r.period).sort();
  const ref: KielReleaseRef = {
    release: info[0].release,
    period: info[0].period,
    date: info[0].date,
    label: info[0].label,
    folder: `kiel-ust-r${info[0].release}`,
    firstMonth: months[0] ?? '',
    lastMonth: months[months.length - 1] ?? '',
  };
  const current = manifest.current;
  if (Number(ref.release) <= Number(current.release)) {
    console.error(
      `Rejected: release ${ref.release} is not newer than the bundled release ${current.release}; nothing written.`,
    );
    return 1;
  }
  if (existsSync(join(dataDir, ref.folder))) {
    console.error(`Rejected: public/data/${ref.folder} exists already; nothing written.`);
    return 1;
  }
  const [periodMonth, periodYear] = ref.period.split('/');
  if (`${periodYear}-${periodMonth}` !== ref.lastMonth) {
    console.warn(
      `warning: release_info.csv names the period ${ref.period}, data_explorer.csv has months to ${ref.lastMonth}.`,
    );
  }
  console.log(
    `Release ${ref.release} (${ref.period}), released ${ref.date}: ${explorer.rows.length} donor-months, ${ref.firstMonth} to ${ref.lastMonth}; all files valid.`,
  );
  const previousRows = parseKielDataExplorer(
    readFileSync(join(dataDir, current.folder, KIEL_FILES.dataExplorer), 'utf8'),
  ).rows;
  process.stdout.write(formatKielDiff(diffKielReleases(previousRows, explorer.rows), current, ref));
  if (dryRun) {
    console.log('\n--dry-run: nothing written.');
    return 0;
  }

  const target = join(dataDir, ref.folder);
  mkdirSync(target, { recursive: true });
  const hashes = files.map((name) => {
    copyFileSync(join(folder, name), join(target, name));
    return `| ${name} | ${sha256(readFileSync(join(target, name)))} |`;
  });
  writeFileSync(
    join(target, 'PROVENANCE.md'),
    [
      `# Provenance: Kiel Ukraine Support Tracker, Release ${ref.release}`,
      '',
      '- **Publisher:** Kiel Institute for the World Economy (IfW Kiel).',
      '- **Source repository:** GitHub `UkraineSupportTrackerWebsite/ukraine-support-tracker`, folder `data/`',
      '  (https://www.ifw-kiel.de/topics/war-against-ukraine/ukraine-support-tracker/).',
      `- **Release:** ${ref.release}, data period ${ref.period} (months ${ref.firstMonth} to ${ref.lastMonth}).`,
      `- **Release date:** ${ref.date} (the \`date\` field of \`release_info.csv\`).`,
      `- **Added:** ${today.toISOString().slice(0, 10)} with \`npm run data:kiel\` from a folder named \`${basename(folder)}\`; the previous release (${current.release}) stays in public/data/${current.folder}.`,
      '',
      '## The files are unchanged',
      '',
      'Byte-identical copies of the release files as published. SHA-256 of the copies:',
      '',
      '| file | sha256 |',
      '|---|---|',
      ...hashes,
      '',
    ].join('\n'),
  );
  const next: KielReleaseManifest = { current: ref, previous: current };
  writeFileSync(manifestFile, `${JSON.stringify(next, null, 2)}\n`);
  console.log(
    `\nWrote public/data/${ref.folder} (${files.length} files and PROVENANCE.md) and ${MANIFEST_PATH}: release ${ref.release} is current, release ${current.release} is kept as the previous one.`,
  );
  if (manifest.previous && manifest.previous.folder !== current.folder) {
    console.log(
      `public/data/${manifest.previous.folder} (release ${manifest.previous.release}) is no longer used by the app; delete it when you no longer need it.`,
    );
  }
  return 0;
}
