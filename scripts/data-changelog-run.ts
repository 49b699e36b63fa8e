import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import {
  changelogSchema,
  validateChangelog,
  type Changelog,
  type ChangelogEntry,
} from '@/features/changelog/api/changelog-schema';
import type { DataFiles } from '@/features/changelog/model/data-collections';
import { changelogEntry, summariseData } from '@/features/changelog/model/diff-data';
import { withGerman } from './changelog-german';

const USAGE = [
  'usage: npm run data:changelog -- --reason "TEXT" [--reason-de "TEXT"]',
  '         [--from GIT-REF | --from-dir FOLDER] [--why KEY=TEXT]... [--why-de KEY=TEXT]...',
  '         [--date YYYY-MM-DD] [--dry-run]',
  '       npm run data:changelog -- --baseline --reason "TEXT"   (the first entry only)',
].join('\n');

/** The data files the changelog compares, by their name in public/data. */
const FILES: Record<keyof DataFiles, string> = {
  pledges: 'pledges.json',
  purl: 'purl-running-totals.json',
  fxRates: 'fx-rates.json',
  financing: 'financing.json',
};
export const CHANGELOG_FILE = 'changelog.json';
const TITLE = "Changelog of the dashboard's own data (public/data)";

function readFiles(read: (name: string) => string | null): DataFiles {
  const files: DataFiles = {};
  for (const [key, name] of Object.entries(FILES) as [keyof DataFiles, string][]) {
    const text = read(name);
    if (text !== null) files[key] = JSON.parse(text) as unknown;
  }
  return files;
}

/** The previous version of a data file: from git (`ref`) or from a folder of copies. */
function previousReader(cwd: string, from: { ref?: string; dir?: string }) {
  if (from.dir) {
    const dir = resolve(cwd, from.dir);
    return (name: string) =>
      existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : null;
  }
  return (name: string) => {
    try {
      return execFileSync('git', ['show', `${from.ref ?? 'HEAD'}:public/data/${name}`], {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch {
      return null;
    }
  };
}

/**
 * Appends a dated entry to public/data/changelog.json: the data lines added, revised (old -> new,
 * with the reason) and removed since the previous version of the files (git HEAD unless told
 * otherwise). Returns the exit code: 0 written (or dry run), 1 nothing changed or invalid, 2 usage.
 */
export function runDataChangelog(args: string[], cwd: string, today: Date = new Date()): number {
  const values = (flag: string) =>
    args.flatMap((arg, i) => (arg === flag && args[i + 1] !== undefined ? [args[i + 1]!] : []));
  const reason = values('--reason')[0]?.trim();
  const date = values('--date')[0] ?? today.toISOString().slice(0, 10);
  const baseline = args.includes('--baseline');
  const why = values('--why').map((pair) => pair.split('='));
  const whyDe = values('--why-de').map((pair) => pair.split('='));
  const reasonDe = values('--reason-de')[0]?.trim();
  if (
    !reason ||
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    [...why, ...whyDe].some((pair) => pair.length < 2 || !pair[0])
  ) {
    console.error(USAGE);
    return 2;
  }
  const dataDir = join(cwd, 'public/data');
  const target = join(dataDir, CHANGELOG_FILE);
  const log: Changelog = existsSync(target)
    ? v.parse(changelogSchema, JSON.parse(readFileSync(target, 'utf8')))
    : { title: TITLE, entries: [] };
  const after = readFiles((name) =>
    existsSync(join(dataDir, name)) ? readFileSync(join(dataDir, name), 'utf8') : null,
  );

  let entry: ChangelogEntry;
  if (baseline) {
    if (log.entries.length > 0) {
      console.error('--baseline is for the first entry only; the changelog has entries already.');
      return 1;
    }
    entry = { date, reason, summary: summariseData(after), added: [], revised: [], removed: [] };
    if (reasonDe) entry.reasonDe = reasonDe;
  } else {
    const before = readFiles(
      previousReader(cwd, { ref: values('--from')[0], dir: values('--from-dir')[0] }),
    );
    const byKey = Object.fromEntries(why.map(([key, ...text]) => [key!, text.join('=')]));
    const byKeyDe = Object.fromEntries(whyDe.map(([key, ...text]) => [key!, text.join('=')]));
    entry = withGerman(
      changelogEntry(date, before, after, { entry: reason, byKey }),
      [after, before],
      { entry: reasonDe, byKey: byKeyDe },
      byKey,
    );
    const unknown = Object.keys(byKey).filter(
      (key) => !entry.revised.some((line) => line.key === key),
    );
    if (unknown.length > 0)
      console.warn(`warning: --why for lines that were not revised: ${unknown.join(', ')}`);
    if (entry.added.length + entry.revised.length + entry.removed.length === 0) {
      console.error('Nothing changed in the data since the previous version: no entry written.');
      return 1;
    }
  }
  const next: Changelog = { ...log, entries: [...log.entries, entry] };
  const problems = validateChangelog(next);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`${CHANGELOG_FILE}: ${problem}`);
    return 1;
  }
  console.log(
    `Entry of ${date}: ${entry.added.length} added, ${entry.revised.length} revised, ${entry.removed.length} removed. Reason: ${reason}`,
  );
  for (const line of entry.added) console.log(`  + ${line.file} ${line.key}: ${line.label}`);
  for (const line of entry.revised) {
    const fields = line.changes.map((c) => `${c.field} ${c.old} -> ${c.new}`).join('; ');
    console.log(`  ~ ${line.file} ${line.key}: ${fields} (${line.reason})`);
  }
  for (const line of entry.removed) console.log(`  - ${line.file} ${line.key}: ${line.label}`);
  if (args.includes('--dry-run')) {
    console.log('--dry-run: nothing written.');
    return 0;
  }
  writeFileSync(target, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`Wrote public/data/${CHANGELOG_FILE} (${next.entries.length} entries).`);
  return 0;
}
