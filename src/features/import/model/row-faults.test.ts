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
