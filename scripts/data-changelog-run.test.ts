// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateChangelog } from '@/features/changelog/api/changelog-schema';
import { runDataChangelog } from './data-changelog-run';

let root: string;
let out: string;
let err: string;
const data = (name: string) => join(root, 'public/data', name);
const write = (name: string, json: unknown) => writeFileSync(data(name), JSON.stringify(json));
const readLog = () =>
  JSON.parse(readFileSync(data('changelog.json'), 'utf8')) as {
    entries: {
      date: string;
      reason: string;
      added: unknown[];
      revised: { key: string; reason: string; changes: unknown[] }[];
      removed: { key: string }[];
    }[];
  };
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
    cwd: root,
    stdio: 'ignore',
  });

const pledges = (...lines: [string, number][]) => ({
  dataset: { title: 't', asOf: '2026-04-21' },
  pledges: lines.map(([id, amount]) => ({ id, label: `Line ${id}`, amount })),
});

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'data-changelog-'));
  mkdirSync(join(root, 'public/data'), { recursive: true });
  write('pledges.json', pledges(['P1', 100], ['P2', 200]));
  out = '';
  err = '';
  vi.spyOn(console, 'log').mockImplementation(
    (...a: unknown[]) => void (out += `${a.join(' ')}\n`),
  );
  vi.spyOn(console, 'warn').mockImplementation(
    (...a: unknown[]) => void (err += `${a.join(' ')}\n`),
  );
  vi.spyOn(console, 'error').mockImplementation(
    (...a: unknown[]) => void (err += `${a.join(' ')}\n`),
  );
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
});

describe('npm run data:changelog', () => {
  it('writes a first (baseline) entry that summarises the data, and only once', () => {
    expect(
      runDataChangelog(['--baseline', '--reason', 'Start', '--date', '2026-12-07'], root),
    ).toBe(0);
    const log = readLog();
    expect(log.entries).toEqual([
      {
        date: '2026-12-07',
        reason: 'Start',
        summary: ['pledges.json: 2 lines'],
        added: [],
        revised: [],
        removed: [],
      },
    ]);
    expect(runDataChangelog(['--baseline', '--reason', 'Again'], root)).toBe(1);
  });

  it('appends what changed since git HEAD: added, revised with reasons, removed', () => {
    runDataChangelog(['--baseline', '--reason', 'Start', '--date', '2026-12-01'], root);
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'data');
    write('pledges.json', pledges(['P1', 150], ['P3', 300]));
    const args = [
      '--reason',
      'December sweep',
      '--why',
      'P1=Ministry figure corrected',
      '--date',
      '2026-12-07',
    ];
    expect(runDataChangelog(args, root)).toBe(0);
    const entry = readLog().entries[1]!;
    expect(entry.date).toBe('2026-12-07');
    expect(entry.added).toEqual([{ file: 'pledges.json', key: 'P3', label: 'Line P3' }]);
    expect(entry.revised).toEqual([
      expect.objectContaining({
        key: 'P1',
        reason: 'Ministry figure corrected',
        changes: [{ field: 'amount', old: '100', new: '150' }],
      }),
    ]);
    expect(entry.removed).toEqual([{ file: 'pledges.json', key: 'P2', label: 'Line P2' }]);
    expect(out).toContain('~ pledges.json P1: amount 100 -> 150 (Ministry figure corrected)');
    expect(validateChangelog(readLog())).toEqual([]);
  });

  it('writes the German too: --reason-de, --why-de and each line’s label as the app shows it in German', () => {
    const previous = join(root, 'previous');
    mkdirSync(previous);
    const withDonors = (...lines: [string, string, string, number][]) => ({
      dataset: { title: 't', asOf: '2026-04-21' },
      pledges: lines.map(([id, label, donor, amount]) => ({ id, label, donors: [donor], amount })),
    });
    writeFileSync(
      join(previous, 'pledges.json'),
      JSON.stringify(
        withDonors(
          ['P1', 'Norway: PURL package', 'NOR', 100],
          ['P2', 'Sweden: PURL package', 'SWE', 5],
        ),
      ),
    );
    write(
      'pledges.json',
      withDonors(
        ['P1', 'Norway: PURL package', 'NOR', 150],
        ['P2', 'Sweden: PURL package', 'SWE', 6],
        ['P3', 'Line P3', 'DNK', 1],
      ),
    );
    const args = [
      ...['--reason', 'January sweep', '--reason-de', 'Recherche Januar'],
      ...['--why', 'P1=Ministry figure corrected', '--why-de', 'P1=Ministerium korrigierte'],
      ...['--from-dir', previous, '--date', '2027-01-15'],
    ];
    expect(runDataChangelog(args, root)).toBe(0);
    const [entry] = readLog().entries as (ReturnType<typeof readLog>['entries'][number] & {
      reasonDe?: string;
      revised: { key: string; labelDe?: string; reasonDe?: string }[];
    })[];
    expect(entry!.reasonDe).toBe('Recherche Januar');
    expect(entry!.revised).toEqual([
      expect.objectContaining({
        key: 'P1',
        labelDe: 'Norwegen: PURL-Paket',
        reasonDe: 'Ministerium korrigierte',
      }),
      // No line reason of its own: the entry's, in both languages.
      expect.objectContaining({
        key: 'P2',
        labelDe: 'Schweden: PURL-Paket',
        reason: 'January sweep',
        reasonDe: 'Recherche Januar',
      }),
    ]);
    // A label the German table does not know gets no labelDe (data:check warns), never a guess.
    expect(entry!.added).toEqual([{ file: 'pledges.json', key: 'P3', label: 'Line P3' }]);
    expect(validateChangelog(readLog())).toEqual([]);
  });

  it('compares with a folder of previous copies; --dry-run writes nothing; no change, no entry', () => {
    const previous = join(root, 'previous');
    mkdirSync(previous);
    writeFileSync(join(previous, 'pledges.json'), JSON.stringify(pledges(['P1', 100])));
    expect(runDataChangelog(['--reason', 'r', '--from-dir', previous, '--dry-run'], root)).toBe(0);
    expect(out).toContain('1 added, 0 revised, 0 removed');
    expect(() => readFileSync(data('changelog.json'))).toThrow();
    writeFileSync(join(previous, 'pledges.json'), readFileSync(data('pledges.json')));
    expect(runDataChangelog(['--reason', 'r', '--from-dir', previous], root)).toBe(1);
    expect(err).toContain('Nothing changed');
  });

  it('needs a reason (exit 2)', () => {
    expect(runDataChangelog([], root)).toBe(2);
    expect(runDataChangelog(['--reason', 'r', '--why', 'no-equals-sign'], root)).toBe(2);
  });
});
