// @vitest-environment node
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runDataImport } from './data-import-run';

const ROOT = process.cwd();
const FIXTURES = join(ROOT, 'tests/fixtures/import');
let cwd: string;
let out: string[];
let err: string[];

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'data-import-'));
  const data = join(cwd, 'public/data');
  mkdirSync(join(data, 'kiel-ust-r29'), { recursive: true });
  for (const file of ['fx-rates.json', 'pledges.json', 'kiel-ust-r29/data_explorer.csv'])
    cpSync(join(ROOT, 'public/data', file), join(data, file));
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(console, 'log').mockImplementation(
    (...args: unknown[]) => void out.push(args.join(' ')),
  );
  vi.spyOn(console, 'error').mockImplementation(
    (...args: unknown[]) => void err.push(args.join(' ')),
  );
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(cwd, { recursive: true, force: true });
});

const pledgesJson = () => readFileSync(join(cwd, 'public/data/pledges.json'), 'utf8');
const put = (name: string, data: string | Uint8Array) => {
  writeFileSync(join(cwd, name), data);
  return name;
};

describe('npm run data:import (runDataImport)', () => {
  it('a directory: exit 2 with a one-line message, no stack trace', () => {
    mkdirSync(join(cwd, 'somedir'));
    expect(runDataImport(['somedir'], cwd)).toBe(2);
    expect(err.join('\n')).toMatch(/somedir: is a directory/);
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('rows rejected: nothing written, exit 1; --force writes atomically with a backup', () => {
    const before = pledgesJson();
    const file = put('bad.csv', readFileSync(join(FIXTURES, 'pledges-bad-rows.csv')));
    expect(runDataImport([file], cwd)).toBe(1);
    expect(err.join('\n')).toMatch(/row\(s\) rejected: nothing written.*--force/);
    expect(pledgesJson()).toBe(before);

    expect(runDataImport([file, '--force'], cwd)).toBe(0);
    expect(pledgesJson()).not.toBe(before);
    expect(readFileSync(join(cwd, 'public/data/pledges.json.bak'), 'utf8')).toBe(before);
    expect(readdirSync(join(cwd, 'public/data')).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(out.join('')).toMatch(/Previous file kept as public\/data\/pledges\.json\.bak/);
  });

  it('a clean file is written without --force, the previous one kept', () => {
    const before = pledgesJson();
    const file = put('good.json', readFileSync(join(FIXTURES, 'pledges-subset.json')));
    expect(runDataImport([file], cwd)).toBe(0);
    expect(readFileSync(join(cwd, 'public/data/pledges.json.bak'), 'utf8')).toBe(before);
  });

  it('a Windows-1252 file is read as such, with the warning in the report', () => {
    const text = readFileSync(join(FIXTURES, 'pledges-subset.csv'), 'utf8').replace(
      "Norway's share",
      'Österreich share',
    );
    const file = put('latin.csv', Buffer.from(text, 'latin1'));
    expect(runDataImport([file, '--dry-run'], cwd)).toBe(0);
    expect(out.join('')).toMatch(/not UTF-8: read as Windows-1252.*"Österreich"/);
  });

  it('a UTF-16 file: refused naming the encoding, exit 1', () => {
    const text = readFileSync(join(FIXTURES, 'pledges-subset.csv'), 'utf8');
    const file = put('wide.csv', Buffer.from(`\uFEFF${text}`, 'utf16le'));
    expect(runDataImport([file], cwd)).toBe(1);
    expect(out.join('')).toMatch(/in UTF-16 LE, not UTF-8/);
  });

  it('as a process: a directory gives exit 2 and no stack trace', () => {
    mkdirSync(join(cwd, 'somedir'));
    const result = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [
        '--tsconfig',
        join(ROOT, 'tsconfig.node.json'),
        join(ROOT, 'scripts/data-import.ts'),
        'somedir',
      ],
      { cwd, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/is a directory/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('--add: a share of a bundled package is checked against pledges.json and added to it', () => {
    const file = put('share.csv', readFileSync(join(FIXTURES, 'pledges-share-of-bundled.csv')));
    const before = JSON.parse(pledgesJson()) as { pledges: { id: string }[] };
    // Without --add the file is checked on its own: row 2's shareOf names P013; nothing written.
    expect(runDataImport([file], cwd)).toBe(1);
    expect(out.join('\n')).toMatch(/row 2 \(U911\): shareOf: .*P013/);
    out = [];
    expect(runDataImport([file, '--add'], cwd)).toBe(0);
    expect(out.join('\n')).toMatch(/Rows accepted: 1/);
    expect(out.join('\n')).toMatch(/FIN/);
    const after = JSON.parse(pledgesJson()) as { pledges: { id: string }[] };
    expect(after.pledges.map((p) => p.id)).toEqual([...before.pledges.map((p) => p.id), 'U911']);
  });
});
