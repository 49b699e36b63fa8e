// @vitest-environment node
import { buildCsv } from '@/features/export';
import { kielToCsv, pledgesToCsv, pledgeTemplateCsv, kielFixtureRow } from '@/features/import';
import { makePledge } from '@/test-utils/pledge-fixtures';
import { formulaCells, readCsvCells } from '@/test-utils/read-csv-cells';
import { csvCell, unneutralise } from '@/lib/csv/csv-cell';

describe('csvCell', () => {
  it.each([
    [null, ''],
    [1.5, '1.5'],
    [-2, '-2'],
    [-2.5e-7, '-2.5e-7'],
    [1e21, '1e+21'],
    [Number.NaN, ''],
    ['plain', 'plain'],
    ['€ und ß', '€ und ß'],
    ['a,b', '"a,b"'],
    ['a;b', '"a;b"'],
    ['x;=1+1', `"x;'=1+1"`],
    ['Poland, -2+3', `"Poland,' -2+3"`],
    ['a;-5;b', '"a;-5;b"'],
    [' =1', "' =1"],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['two\r\n@lines', `"two\r\n'@lines"`],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-cmd', "'-cmd"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['-5 m', "'-5 m"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"\r'=1"`],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    // A plain number given as text is read as that number by a spreadsheet; nothing runs.
    ['-5', '-5'],
    ['-0.25', '-0.25'],
  ])('%j -> %j', (value, expected) => expect(csvCell(value)).toBe(expected));

  it('unneutralise takes back only the apostrophe csvCell added', () => {
    expect(unneutralise("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unneutralise("'-2+3")).toBe('-2+3');
    expect(unneutralise("'quoted'")).toBe("'quoted'");
    expect(unneutralise('plain')).toBe('plain');
    expect(unneutralise("Polen;'=1+1\n'@x")).toBe('Polen;=1+1\n@x');
  });
});

const HOSTILE = [
  "-2+3+cmd|' /C calc'!A0",
  '=HYPERLINK("http://x","y")',
  '+1+1',
  '@SUM(1)',
  '\t=1',
  'Polen;=1+1',
  'Polen,=1+1',
  'line\n=1+1',
  'a;-2+3;b',
];

/** Every CSV the product writes, filled with hostile text wherever text can go. */
function exports(): [string, string][] {
  const chart = buildCsv(
    {
      columns: ['Donor', 'Amount', ...HOSTILE],
      rows: HOSTILE.map((text, i) => [text, -i - 0.5, ...HOSTILE.map(() => text)]),
    },
    {
      title: HOSTILE.join(' '),
      units: 'EUR;=1',
      filters: 'Donors: x;=1+1',
      source: 'a,=1;@2',
      asOf: '-1',
      note: '=1;+2',
    },
  );
  const pledges = pledgesToCsv(
    HOSTILE.map((text, i) =>
      makePledge({
        id: text,
        label: text,
        description: text,
        statusNote: text,
        amount: -1 - i,
        sources: [{ title: text, url: 'https://example.org/a', date: '2025-12-03' }],
      }),
    ),
  );
  const kiel = kielToCsv(
    HOSTILE.map((text) => kielFixtureRow({ country: text, iso: text, toBeAllocated: -3 })),
  );
  return [
    ['chart export', chart],
    ['pledge export', pledges],
    ['Kiel export', kiel],
    ['pledge template', pledgeTemplateCsv()],
  ];
}

describe('every CSV the product writes, read with "," and with ";"', () => {
  it.each(exports())('%s: no cell starts a formula', (_name, csv) => {
    for (const separator of [',', ';'] as const) {
      expect(formulaCells(readCsvCells(csv, separator))).toEqual([]);
    }
  });

  it.each(exports())('%s: read with ",", every row has the header\'s cell count', (_name, csv) => {
    const rows = readCsvCells(csv, ',').filter((row) => !row[0]?.startsWith('#'));
    const width = rows[0]?.length;
    for (const row of rows) expect(row).toHaveLength(width ?? 0);
  });

  it('text survives csvCell and unneutralise unchanged', () => {
    for (const text of HOSTILE) {
      const [cell] = readCsvCells(csvCell(text), ',')[0] ?? [];
      expect(unneutralise(cell ?? '')).toBe(text);
    }
  });

  it('negative numbers stay numbers', () => {
    const rows = readCsvCells(kielToCsv([kielFixtureRow({ toBeAllocated: -3 })]), ',');
    expect(rows[1]?.[9]).toBe('-3');
  });
});
