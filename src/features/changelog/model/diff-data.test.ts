// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateChangelog } from '../api/changelog-schema';
import { changelogEntry, diffDataFiles, summariseData } from './diff-data';

const pledge = (id: string, amount: number, label = `Pledge ${id}`) => ({
  id,
  label,
  amount,
  currency: 'EUR',
  announced: '2026-04-21',
});

describe('diffDataFiles', () => {
  const before = {
    pledges: { pledges: [pledge('P001', 500e6), pledge('P002', 100e6), pledge('P003', 1e9)] },
    purl: {
      statements: [{ date: '2026-02-10', who: 'NATO', type: 'cumulative_pledged', amount: 4.5e9 }],
    },
    fxRates: { rates: [{ currency: 'USD', eurPerUnit: 0.86, date: '2025-12-03' }] },
  };
  const after = {
    pledges: {
      pledges: [pledge('P001', 500e6), pledge('P002', 120e6), pledge('P004', 2e9, 'New line')],
    },
    purl: {
      statements: [
        { date: '2026-02-10', who: 'NATO', type: 'cumulative_pledged', amount: 4.5e9 },
        { date: '2026-07-08', who: 'NATO', type: 'cumulative_pledged', amount: 5e9 },
      ],
    },
    fxRates: { rates: [{ currency: 'USD', eurPerUnit: 0.85, date: '2026-11-30' }] },
  };
  const diff = diffDataFiles(before, after, {
    entry: 'December refresh',
    byKey: { P002: 'Ministry corrected the amount' },
  });

  it('lists lines added and removed, by file and key', () => {
    expect(diff.added).toEqual([
      { file: 'pledges.json', key: 'P004', label: 'New line' },
      {
        file: 'purl-running-totals.json',
        key: '2026-07-08 NATO cumulative_pledged',
        label: 'NATO, 2026-07-08',
      },
    ]);
    expect(diff.removed).toEqual([{ file: 'pledges.json', key: 'P003', label: 'Pledge P003' }]);
  });

  it('lists each revised field old -> new, with the line’s reason or the update’s', () => {
    expect(diff.revised).toEqual([
      {
        file: 'pledges.json',
        key: 'P002',
        label: 'Pledge P002',
        changes: [{ field: 'amount', old: '100000000', new: '120000000' }],
        reason: 'Ministry corrected the amount',
      },
      {
        file: 'fx-rates.json',
        key: 'USD',
        label: 'USD reference rate',
        changes: [
          { field: 'eurPerUnit', old: '0.86', new: '0.85' },
          { field: 'date', old: '"2025-12-03"', new: '"2026-11-30"' },
        ],
        reason: 'December refresh',
      },
    ]);
  });

  it('finds nothing between identical files', () => {
    expect(diffDataFiles(after, after, { entry: 'x' })).toEqual({
      added: [],
      revised: [],
      removed: [],
    });
  });

  it('shortens long values and marks absent fields', () => {
    const long = 'x'.repeat(500);
    const d = diffDataFiles(
      { pledges: { pledges: [{ id: 'P1', label: 'a' }] } },
      { pledges: { pledges: [{ id: 'P1', label: 'a', description: long }] } },
      { entry: 'r' },
    );
    const change = d.revised[0]?.changes[0];
    expect(change?.old).toBe('(absent)');
    expect(change?.new.length).toBe(240);
    expect(change?.new.endsWith('…')).toBe(true);
  });
});

describe('changelogEntry', () => {
  it('makes an entry the schema accepts, summarising the data after the update', () => {
    const entry = changelogEntry(
      '2026-12-07',
      {},
      { pledges: { pledges: [pledge('P1', 1)] } },
      { entry: 'First lines' },
    );
    expect(entry.summary).toEqual(['pledges.json: 1 line']);
    expect(validateChangelog({ title: 'Data changelog', entries: [entry] })).toEqual([]);
  });

  it('the bundled files give the counts of the data (no line is lost by the reader)', () => {
    const read = (file: string) =>
      JSON.parse(readFileSync(join(process.cwd(), 'public/data', file), 'utf8')) as unknown;
    const pledges = read('pledges.json') as { pledges: unknown[] };
    const summary = summariseData({ pledges, financing: read('financing.json') });
    expect(summary[0]).toBe(`pledges.json: ${pledges.pledges.length} lines`);
    expect(summary.some((line) => line.startsWith('financing.json (coverage)'))).toBe(true);
  });
});

describe('validateChangelog', () => {
  it('names bad fields and entries out of date order', () => {
    expect(
      validateChangelog({ title: 'x', entries: [{ date: '2026-13-01' }] }).length,
    ).toBeGreaterThan(0);
    const entry = (date: string) => ({
      date,
      reason: 'r',
      summary: [],
      added: [],
      revised: [],
      removed: [],
    });
    expect(
      validateChangelog({ title: 'x', entries: [entry('2026-12-07'), entry('2026-11-01')] }),
    ).toEqual(['entries[1].date: 2026-11-01 is before the entry above (2026-12-07)']);
  });
});
