// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseImport } from './analyse-import';
import { kielTotals } from './donor-totals';
import { isUsable } from './import-types';

const DIR = join(process.cwd(), 'tests/fixtures/import');
const NOW = new Date('2026-11-25T13:02:00Z');
const load = (name: string) =>
  analyseImport(readFileSync(join(DIR, name), 'utf8'), name, { now: NOW });

/** The reference: the release-29 subset every Kiel variant is derived from. */
const reference = load('kiel-r29-subset.csv');
const referenceTotals =
  reference.payload?.kind === 'kiel' ? kielTotals(reference.payload.data.rows) : [];

describe('import fixtures (tests/fixtures/import, built by scripts/build-import-fixtures.ts)', () => {
  it.each([
    // file, kind, usable, accepted, rejected rows, a note or fatal message that must appear
    ['kiel-r29-subset.csv', 'kiel', true, 50, [], null],
    ['kiel-no-commitments.csv', 'kiel', true, 50, [], 'commitments, to_be_allocated'],
    ['kiel-missing-military.csv', 'kiel', false, 0, [], 'Missing required column(s): military'],
    ['kiel-reordered.csv', 'kiel', true, 50, [], null],
    ['kiel-corrupt-rows.csv', 'kiel', true, 47, [4, 7, 10], null],
    ['kiel-unknown-country.csv', 'kiel', true, 51, [], null],
    ['kiel-semicolon.csv', 'kiel', true, 50, [], 'Separator ";"'],
    ['kiel-bom.csv', 'kiel', true, 50, [], 'byte-order mark'],
    ['pledges-subset.json', 'pledges', true, 16, [], null],
    ['pledges-subset.csv', 'pledges', true, 16, [], null],
    ['pledges-bad-rows.csv', 'pledges', true, 1, [3, 4, 5], null],
    ['pledges-malformed.json', 'pledges', false, 0, [], 'not valid JSON'],
    ['pledges-add-three.csv', 'pledges', true, 4, [], null],
  ] as const)(
    '%s: %s, usable %s, %i rows kept, rejected rows %j',
    (file, kind, usable, accepted, rows, text) => {
      const result = load(file);
      expect(result.kind).toBe(kind);
      expect(result.detectedKind).toBe(kind);
      expect(isUsable(result)).toBe(usable);
      expect(result.accepted).toBe(accepted);
      expect(result.rejected.map((issue) => issue.row)).toEqual(rows);
      if (text) expect([...result.fatal, ...result.notes].join(' | ')).toContain(text);
    },
  );

  it.each(['kiel-no-commitments.csv', 'kiel-reordered.csv', 'kiel-semicolon.csv', 'kiel-bom.csv'])(
    '%s gives the same totals by donor as the release-29 subset',
    (file) => {
      const result = load(file);
      if (result.payload?.kind !== 'kiel') throw new Error('not read as Kiel');
      const totals = kielTotals(result.payload.data.rows);
      expect(totals.map((t) => t.code)).toEqual(referenceTotals.map((t) => t.code));
      totals.forEach((t, i) => expect(t.eurBn).toBeCloseTo(referenceTotals[i]?.eurBn ?? NaN, 9));
    },
  );

  it('dropped optional columns read as "not given" (null), not as zero', () => {
    const result = load('kiel-no-commitments.csv');
    if (result.payload?.kind !== 'kiel') throw new Error('not read as Kiel');
    expect(
      result.payload.data.rows.every((r) => r.commitments === null && r.toBeAllocated === null),
    ).toBe(true);
  });

  it('corrupt rows are named with their line and reason', () => {
    expect(load('kiel-corrupt-rows.csv').rejected.map((r) => r.reason)).toEqual([
      'total: expected a number, found "abc"',
      'military: must not be negative, found -0.5',
      'month: expected a whole number from 1 to 12, found "13"',
    ]);
  });

  it('an unknown country code is kept with a warning naming it (decision: accept, warn)', () => {
    const result = load('kiel-unknown-country.csv');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.reason).toContain('ATL ("Atlantis")');
    if (result.payload?.kind !== 'kiel') throw new Error('not read as Kiel');
    expect(result.payload.data.rows.some((r) => r.iso === 'ATL')).toBe(true);
  });

  it('bad pledge rows are named by CSV line, pledge id and reason', () => {
    const result = load('pledges-bad-rows.csv');
    expect(result.rejected.map((r) => [r.row, r.label])).toEqual([
      [3, 'P004'],
      [4, 'P006'],
      [5, 'P011'],
    ]);
    expect(result.rejected[0]?.reason).toContain('currency');
    expect(result.rejected[1]?.reason).toContain('amount: must be positive');
  });

  it('the pledge CSV and JSON of the same rows give the same pledges', () => {
    const csv = load('pledges-subset.csv');
    const json = load('pledges-subset.json');
    if (csv.payload?.kind !== 'pledges' || json.payload?.kind !== 'pledges')
      throw new Error('not pledges');
    const strip = (p: { conflicts?: unknown; sources: unknown[] }) => ({
      ...p,
      conflicts: undefined,
      sources: p.sources.slice(0, 1),
    });
    expect(csv.payload.data.dataset.pledges.map(strip)).toEqual(
      json.payload.data.dataset.pledges.map(strip),
    );
  });
});
