import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseImport } from './analyse-import';
import { kielTotals } from './donor-totals';
import { csvCell, exportFileName, payloadToCsv, payloadToJson } from './export-data';

const NOW = new Date('2026-11-25T13:02:00Z');
const fixture = (name: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures/import', name), 'utf8');

describe('csvCell', () => {
  it.each([
    [null, ''],
    [1.5, '1.5'],
    [-2, '-2'],
    [Number.NaN, ''],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-cmd', "'-cmd"],
    ['-5 m', '-5 m'],
    ['@SUM', "'@SUM"],
  ])('%j -> %s', (value, expected) => expect(csvCell(value)).toBe(expected));
});

describe('exports import again unchanged', () => {
  it.each(['kiel-r29-subset.csv', 'pledges-subset.json'])('%s: CSV and JSON exports', (name) => {
    const original = analyseImport(fixture(name), name, { now: NOW });
    if (!original.payload) throw new Error('fixture refused');
    const csv = analyseImport(payloadToCsv(original.payload), 'x.csv', { now: NOW });
    expect(csv.accepted).toBe(original.accepted);
    expect(csv.rejected).toEqual([]);
    if (original.payload.kind === 'kiel') {
      if (csv.payload?.kind !== 'kiel') throw new Error('not Kiel');
      expect(kielTotals(csv.payload.data.rows)).toEqual(kielTotals(original.payload.data.rows));
      expect(JSON.parse(payloadToJson(original.payload))).toEqual(original.payload.data.rows);
    } else {
      const json = analyseImport(payloadToJson(original.payload), 'x.json', { now: NOW });
      expect(json.payload).toEqual(original.payload);
    }
  });
});

describe('exportFileName', () => {
  it.each([
    ['pledges.json', 'csv', 'pledges-export.csv'],
    ['data_explorer.csv', 'json', 'data_explorer-export.json'],
    ['noext', 'csv', 'noext-export.csv'],
  ] as const)('%s as %s -> %s', (name, format, expected) =>
    expect(exportFileName(name, format)).toBe(expected),
  );
});
