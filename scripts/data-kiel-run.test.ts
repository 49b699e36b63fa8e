// @vitest-environment node
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MANIFEST_PATH, runKielRelease } from './data-kiel-run';

const FIXTURES = join(process.cwd(), 'tests/fixtures/kiel-releases');
const R29 = {
  release: '29',
  period: '04/2026',
  date: '2026-08-04',
  label: 'Ukraine Support Tracker, Release 29 (04/2026)',
  folder: 'kiel-ust-r29',
  firstMonth: '2022-01',
  lastMonth: '2026-04',
};

let root: string;
let out: string;
let err: string;

/** A project root with Release 29 bundled (the trimmed real files) and its manifest. */
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'data-kiel-'));
  cpSync(join(FIXTURES, 'r29-2026-08-04'), join(root, 'public/data/kiel-ust-r29'), {
    recursive: true,
  });
  mkdirSync(join(root, 'src/features/kiel/release'), { recursive: true });
  writeFileSync(join(root, MANIFEST_PATH), JSON.stringify({ current: R29, previous: null }));
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
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
});

const manifest = () => JSON.parse(readFileSync(join(root, MANIFEST_PATH), 'utf8')) as unknown;
const TODAY = new Date('2026-12-07T09:00:00Z');

describe('npm run data:kiel', () => {
  it('adds the next release: files copied unchanged, provenance, manifest, previous release kept', () => {
    const source = join(FIXTURES, 'r30-label-2026-07-21');
    expect(runKielRelease([source], root, TODAY)).toBe(0);
    const folder = join(root, 'public/data/kiel-ust-r30');
    for (const file of ['data_explorer.csv', 'release_info.csv', 'total_allocations.csv']) {
      expect(readFileSync(join(folder, file))).toEqual(readFileSync(join(source, file)));
    }
    const provenance = readFileSync(join(folder, 'PROVENANCE.md'), 'utf8');
    expect(provenance).toContain(
      '**Release:** 30, data period 07/2026 (months 2022-02 to 2026-06)',
    );
    expect(provenance).toContain('**Added:** 2026-12-07');
    expect(existsSync(join(root, 'public/data/kiel-ust-r29/data_explorer.csv'))).toBe(true);
    expect(manifest()).toEqual({
      current: {
        release: '30',
        period: '07/2026',
        date: '2026-07-21',
        label: 'Ukraine Support Tracker, Release 30 (07/2026)',
        folder: 'kiel-ust-r30',
        firstMonth: '2022-02',
        lastMonth: '2026-06',
      },
      previous: R29,
    });
    // The report: new months apart from revisions, per donor and type.
    expect(out).toContain('new months: 2026-05, 2026-06');
    expect(out).toMatch(/GBR\s+military\s+\+0\.871\s+−2\.680\s+2022-12 0\.931->0\.000/);
    expect(err).toContain('names the period 07/2026, data_explorer.csv has months to 2026-06');
  });

  it('--dry-run validates and reports, and writes nothing', () => {
    expect(runKielRelease([join(FIXTURES, 'r30-label-2026-07-21'), '--dry-run'], root)).toBe(0);
    expect(out).toContain('What changed since release 29 (04/2026) in release 30 (07/2026)');
    expect(existsSync(join(root, 'public/data/kiel-ust-r30'))).toBe(false);
    expect(manifest()).toEqual({ current: R29, previous: null });
  });

  it('refuses a release that is not newer than the bundled one', () => {
    expect(runKielRelease([join(FIXTURES, 'r29-2026-07-26')], root)).toBe(1);
    expect(err).toContain('release 29 is not newer than the bundled release 29');
    expect(manifest()).toEqual({ current: R29, previous: null });
  });

  it('refuses invalid files, naming the problem, and writes nothing', () => {
    const broken = join(root, 'incoming');
    cpSync(join(FIXTURES, 'r30-label-2026-07-21'), broken, { recursive: true });
    const text = readFileSync(join(broken, 'data_explorer.csv'), 'utf8');
    writeFileSync(join(broken, 'data_explorer.csv'), text.replace(/,2026,6,/, ',2026,13,'));
    rmSync(join(broken, 'procurement_trends.csv'));
    expect(runKielRelease([broken], root)).toBe(1);
    expect(err).toContain('procurement_trends.csv: (file): (file): missing');
    expect(err).toMatch(/data_explorer\.csv: line \d+: month/);
    expect(existsSync(join(root, 'public/data/kiel-ust-r30'))).toBe(false);
  });

  it('answers a missing folder or argument with usage (exit 2)', () => {
    expect(runKielRelease([], root)).toBe(2);
    expect(runKielRelease(['nowhere'], root)).toBe(2);
  });
});
