// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseImport } from './analyse-import';

const NOW = new Date('2026-11-25T13:02:00Z');
const fixture = (name: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures/import', name), 'utf8');

describe('one bad announced date', () => {
  it.each(['2025-13-45', '2026-02-30', '9999-99-99'])(
    'CSV row with %s: that row is rejected naming row and field; the rest is kept',
    (bad) => {
      const text = fixture('pledges-subset.csv').replace(',2025-08-05,', `,${bad},`);
      const analysis = analyseImport(text, 'p.csv', { now: NOW });
      expect(analysis.fatal).toEqual([]);
      expect(analysis.accepted).toBeGreaterThan(10);
      expect(analysis.rejected).toContainEqual({
        row: 2,
        label: 'P002',
        reason: expect.stringMatching(/announced/) as string,
      });
    },
  );

  it('bare JSON list: the same, by position', () => {
    const { pledges } = JSON.parse(fixture('pledges-subset.json')) as {
      pledges: Record<string, unknown>[];
    };
    const rows = pledges.map((p, i) => (i === 2 ? { ...p, announced: '2025-13-01' } : p));
    const analysis = analyseImport(JSON.stringify(rows), 'p.json', { now: NOW });
    expect(analysis.fatal).toEqual([]);
    expect(analysis.rejected).toContainEqual({
      row: 3,
      label: pledges[2]?.id,
      reason: expect.stringMatching(/announced/) as string,
    });
  });
});

describe('plausibility bounds of Kiel amounts', () => {
  // Line 2 of the fixture: "EU (Commission and Council)","EU",2025,1,3.14,3,0.14,0,0.14,-3,0,0
  const withLine2 = (from: string, to: string) => fixture('kiel-r29-subset.csv').replace(from, to);
  const original = () => analyseImport(fixture('kiel-r29-subset.csv'), 'k.csv', { now: NOW });

  it.each([
    ['total', ',2025,1,3.14,3,0.14,0,', ',2025,1,1e308,3,0.14,0,'],
    ['financial', ',2025,1,3.14,3,0.14,0,', ',2025,1,3.14,5000,0.14,0,'],
    ['to_be_allocated', ',0,0.14,-3,0,0', ',0,0.14,-1e12,0,0'],
    ['gdp', ',0,0.14,-3,0,0', ',0,0.14,-3,1e308,0'],
  ])(
    '%s beyond its bound: the row is rejected naming line and field, briefly',
    (field, from, to) => {
      const analysis = analyseImport(withLine2(from, to), 'k.csv', { now: NOW });
      expect(analysis.fatal).toEqual([]);
      expect(analysis.accepted).toBe(original().accepted - 1);
      const issue = analysis.rejected.find((r) => r.row === 2);
      expect(issue?.reason).toMatch(new RegExp(`^${field}: .* is not plausible`));
      expect(issue?.reason.length).toBeLessThan(120);
    },
  );

  it('an unusually large total is kept with a warning naming the line', () => {
    const text = withLine2(',2025,1,3.14,3,0.14,0,', ',2025,1,150,150,0,0,');
    const analysis = analyseImport(text, 'k.csv', { now: NOW });
    expect(analysis.accepted).toBe(original().accepted);
    expect(analysis.warnings).toContainEqual({
      row: 2,
      label: null,
      reason: 'total: 150 is unusually large (more than 100); check the row',
    });
  });

  it('the bundled release 29 file is within every bound (no warning of this kind)', () => {
    const text = readFileSync(
      join(process.cwd(), 'public/data/kiel-ust-r29/data_explorer.csv'),
      'utf8',
    );
    const analysis = analyseImport(text, 'data_explorer.csv', { now: NOW });
    const bounds = [...analysis.rejected, ...analysis.warnings].filter((i) =>
      /plausible|unusually/.test(i.reason),
    );
    expect(bounds).toEqual([]);
  });
});
