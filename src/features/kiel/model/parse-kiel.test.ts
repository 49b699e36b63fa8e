// @vitest-environment node
import { afterEach } from 'vitest';
import { setLocale } from '@/lib/i18n/locale';
import { parseKielDataExplorer } from './parse-kiel';
import { wordKielMessage } from './kiel-message';
import type { KielParseIssue } from './kiel-table';

// Header and rows copied from public/data/kiel-ust-r29/data_explorer.csv (Release 29).
const HEADER =
  '"country","iso","year","month","total","financial","humanitarian","military","commitments","to_be_allocated","gdp","pct_gdp"';
const AUS_2022_02 =
  '"Australia","AUS",2022,2,0.002645,0,0,0.002645,0.002645,0,1312.77115526256,0.000201482184415531';
const BEL_2022_07 =
  '"Belgium","BEL",2022,7,0.011439,0,0.0008,0.010639,0.010639,-0.0008,502.311599999992,0.00227727171739617';
const DEU_2022_04 =
  '"Germany","DEU",2022,4,0.44,0,0.44,0,1.64,1.2,3601.74999999994,0.0122162837509546';
const EU_2022_03 =
  '"EU (Commission and Council)","EU",2022,3,1.6855,1.2705,0.415,0,1.0855,-0.6,0,0';

const file = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('parseKielDataExplorer: real rows', () => {
  const result = parseKielDataExplorer(
    file(HEADER, AUS_2022_02, BEL_2022_07, DEU_2022_04, EU_2022_03),
  );

  it('keeps every valid row, typed', () => {
    expect(result.missingRequired).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.recordCount).toBe(4);
    expect(result.rows[2]).toEqual({
      country: 'Germany',
      iso: 'DEU',
      year: 2022,
      month: 4,
      period: '2022-04',
      total: 0.44,
      financial: 0,
      humanitarian: 0.44,
      military: 0,
      commitments: 1.64,
      toBeAllocated: 1.2,
      gdp: 3601.74999999994,
      pctGdp: 0.0122162837509546,
    });
  });

  it('keeps negative to_be_allocated as published and counts it as a quirk', () => {
    expect(result.rows.map((row) => row.toBeAllocated)).toEqual([0, -0.0008, 1.2, -0.6]);
    expect(result.quirks.negativeToBeAllocatedRows).toBe(2);
    expect(result.quirks.negativeToBeAllocatedDonors).toEqual(['BEL', 'EU']);
  });

  it('treats a GDP of 0 (EU institutions) as no GDP', () => {
    const eu = result.rows[3];
    expect(eu?.gdp).toBeNull();
    expect(eu?.pctGdp).toBeNull();
    expect(result.quirks.donorsWithoutGdp).toEqual(['EU']);
  });
});

describe('parseKielDataExplorer: header handling', () => {
  it.each([
    {
      name: 'columns in another order, upper case, padded, semicolon separator',
      text: file(
        ' MONTH ;Year;ISO;Country;Military;Humanitarian;Financial;Total',
        '3;2024;POL;Poland;0,5;0;0,25;0,75',
      ),
      expected: {
        iso: 'POL',
        period: '2024-03',
        military: 0.5,
        financial: 0.25,
        total: 0.75,
        gdp: null,
        commitments: null,
      },
    },
    {
      name: 'optional columns absent (older releases)',
      text: file(
        'country,iso,year,month,total,financial,humanitarian,military',
        'Norway,NOR,2023,11,1,0.5,0.25,0.25',
      ),
      expected: { iso: 'NOR', period: '2023-11', toBeAllocated: null, pctGdp: null },
    },
    {
      name: 'UTF-8 BOM before the header',
      text: `\uFEFF${file(HEADER, AUS_2022_02)}`,
      expected: { iso: 'AUS', period: '2022-02', military: 0.002645 },
    },
  ])('$name', ({ text, expected }) => {
    const result = parseKielDataExplorer(text);
    expect(result.missingRequired).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject(expected);
  });

  it.each([
    { header: 'country,iso,year,month,total,financial,humanitarian', missing: ['military'] },
    { header: 'country,year,total,financial,humanitarian,military', missing: ['iso', 'month'] },
    {
      header: 'land;iso;jahr;monat',
      missing: ['country', 'year', 'month', 'total', 'financial', 'humanitarian', 'military'],
    },
    {
      header: '',
      missing: [
        'country',
        'iso',
        'year',
        'month',
        'total',
        'financial',
        'humanitarian',
        'military',
      ],
    },
  ])('rejects a file lacking $missing', ({ header, missing }) => {
    const result = parseKielDataExplorer(file(header, 'a,b,c,d,e,f,g,h'));
    expect(result.missingRequired).toEqual(missing);
    expect(result.rows).toEqual([]);
  });
});

describe('parseKielDataExplorer: row problems reject only that row', () => {
  it.each([
    {
      name: 'non-numeric allocation',
      row: '"Germany","DEU",2022,4,abc,0,0.44,0,1.64,1.2,3601.7,0.01',
      field: 'total',
      message: /expected a number/,
    },
    {
      name: 'empty allocation',
      row: '"Germany","DEU",2022,4,0.44,,0.44,0,1.64,1.2,3601.7,0.01',
      field: 'financial',
      message: /expected a number/,
    },
    {
      name: 'hexadecimal is not a number here',
      row: '"Germany","DEU",2022,4,0.44,0,0x1,0,1.64,1.2,3601.7,0.01',
      field: 'humanitarian',
      message: /expected a number/,
    },
    {
      name: 'negative allocation',
      row: '"Germany","DEU",2022,4,0.44,0,0.54,-0.1,1.64,1.2,3601.7,0.01',
      field: 'military',
      message: /negative/,
    },
    {
      name: 'month 13',
      row: '"Germany","DEU",2022,13,0.44,0,0.44,0,1.64,1.2,3601.7,0.01',
      field: 'month',
      message: /1 to 12/,
    },
    {
      name: 'month 0',
      row: '"Germany","DEU",2022,0,0.44,0,0.44,0,1.64,1.2,3601.7,0.01',
      field: 'month',
      message: /1 to 12/,
    },
    {
      name: 'month 4.5',
      row: '"Germany","DEU",2022,4.5,0.44,0,0.44,0,1.64,1.2,3601.7,0.01',
      field: 'month',
      message: /whole number/,
    },
    {
      name: 'empty iso',
      row: '"Germany","",2022,4,0.44,0,0.44,0,1.64,1.2,3601.7,0.01',
      field: 'iso',
      message: /empty/,
    },
    {
      name: 'too few cells',
      row: '"Germany","DEU",2022,4,0.44,0,0.44',
      field: '(row)',
      message: /expected 12 cells, found 7/,
    },
    {
      name: 'too many cells',
      row: `${DEU_2022_04},extra`,
      field: '(row)',
      message: /expected 12 cells, found 13/,
    },
  ])('$name', ({ row, field, message }) => {
    const result = parseKielDataExplorer(file(HEADER, AUS_2022_02, row, BEL_2022_07));
    expect(result.rows.map((r) => r.iso)).toEqual(['AUS', 'BEL']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 3, field });
    expect(wordKielMessage(result.problems[0]?.message ?? '')).toMatch(message);
    expect(result.recordCount).toBe(3);
  });
});

describe('parseKielDataExplorer: warnings keep the row', () => {
  it.each([
    {
      name: 'total differs from the sum of categories by more than 1e-6',
      row: '"Germany","DEU",2022,4,0.45,0,0.44,0,1.64,1.2,3601.7,0.01',
      field: 'total',
      message: /differs/,
    },
    {
      name: 'optional value not a number',
      row: '"Germany","DEU",2022,4,0.44,0,0.44,0,lots,1.2,3601.7,0.01',
      field: 'commitments',
      message: /treated as missing/,
    },
    {
      name: 'second row for the same donor and month',
      row: '"Australia","AUS",2022,2,0.1,0,0,0.1,0.1,0,1312.7,0.0076',
      field: '(row)',
      message: /second row for AUS 2022-02 \(first on line 2\)/,
    },
  ])('$name', ({ row, field, message }) => {
    const result = parseKielDataExplorer(file(HEADER, AUS_2022_02, row));
    expect(result.rows).toHaveLength(2);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ line: 3, field });
    expect(wordKielMessage(result.warnings[0]?.message ?? '')).toMatch(message);
  });

  it.each([
    { name: 'rounding below 1e-6 absolute', total: '0.4400009', parts: ['0', '0.44', '0'] },
    { name: 'relative 1e-6 on a large total', total: '100000.05', parts: ['50000', '50000', '0'] },
  ])('accepts $name', ({ total, parts }) => {
    const row = `"Germany","DEU",2022,4,${total},${parts.join(',')},1,0,3601.7,0.01`;
    expect(parseKielDataExplorer(file(HEADER, row)).warnings).toEqual([]);
  });

  it('treats NA and empty optional cells as missing without a warning', () => {
    const result = parseKielDataExplorer(
      file(HEADER, '"Germany","DEU",2022,4,0.44,0,0.44,0,NA,,NA,'),
    );
    expect(result.warnings).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      commitments: null,
      toBeAllocated: null,
      gdp: null,
      pctGdp: null,
    });
  });

  it.each([
    {
      name: 'inside a quoted field',
      text: `${file(HEADER, AUS_2022_02)}"Germany","DEU`,
      truncated: true,
      problems: ['(file)'],
    },
    {
      name: 'inside a number',
      text: `${file(HEADER, AUS_2022_02)}"Germany","DEU",2022,4,0.4`,
      truncated: true,
      problems: ['(row)'],
    },
    {
      name: 'complete, without a final line break',
      text: `${HEADER}\n${AUS_2022_02}`,
      truncated: false,
      problems: [],
    },
    {
      name: 'short last row followed by a line break',
      text: file(HEADER, AUS_2022_02, '"Germany","DEU",2022,4'),
      truncated: false,
      problems: ['(row)'],
    },
  ])('truncated file: $name', ({ text, truncated, problems }) => {
    const result = parseKielDataExplorer(text);
    expect(result.truncated).toBe(truncated);
    expect(result.rows.map((row) => row.iso)).toEqual(['AUS']);
    expect(result.problems.map((problem) => problem.field)).toEqual(problems);
  });
});

// Parsed while the interface is English, read after a switch to German: the parse keeps codes,
// so a cached (or stored) parse is worded in the language in use, with no English inside.
describe('parseKielDataExplorer: problems and warnings in German after a switch', () => {
  afterEach(() => setLocale('en'));
  const worded = (issues: readonly KielParseIssue[]) =>
    issues.map((issue) => ({ ...issue, message: wordKielMessage(issue.message) }));
  it.each([
    {
      name: 'not a number',
      row: '"Germany","DEU",2022,4,abc,0,0.44,0,1.64,1.2,3601.7,0.01',
      problem: { field: 'total', message: 'erwartet: eine Zahl, gefunden: „abc“' },
    },
    {
      name: 'negative allocation, decimal comma',
      row: '"Germany","DEU",2022,4,0.44,0,0.54,-0.1,1.64,1.2,3601.7,0.01',
      problem: { field: 'military', message: 'darf nicht negativ sein, gefunden: -0,1' },
    },
    {
      name: 'month 13',
      row: '"Germany","DEU",2022,13,0.44,0,0.44,0,1.64,1.2,3601.7,0.01',
      problem: {
        field: 'month',
        message: 'erwartet: eine ganze Zahl von 1 bis 12, gefunden: „13“',
      },
    },
    {
      name: 'empty iso',
      row: '"Germany","",2022,4,0.44,0,0.44,0,1.64,1.2,3601.7,0.01',
      problem: { field: 'iso', message: 'ist leer' },
    },
    {
      name: 'too few cells',
      row: '"Germany","DEU",2022,4,0.44,0,0.44',
      problem: { field: '(row)', message: 'erwartet: 12 Zellen, gefunden: 7' },
    },
  ])('rejects: $name', ({ row, problem }) => {
    const result = parseKielDataExplorer(file(HEADER, AUS_2022_02, row));
    setLocale('de');
    expect(worded(result.problems)).toEqual([{ line: 3, ...problem }]);
  });

  it.each([
    {
      name: 'total differs',
      row: '"Germany","DEU",2022,4,0.45,0,0.44,0,1.64,1.2,3601.7,0.01',
      warning: {
        field: 'total',
        message: 'Summe 0,45 weicht von financial + humanitarian + military = 0,44 ab',
      },
    },
    {
      name: 'optional value not a number',
      row: '"Germany","DEU",2022,4,0.44,0,0.44,0,lots,1.2,3601.7,0.01',
      warning: { field: 'commitments', message: 'keine Zahl („lots“); als fehlend behandelt' },
    },
    {
      name: 'second row',
      row: '"Australia","AUS",2022,2,0.1,0,0,0.1,0.1,0,1312.7,0.0076',
      warning: { field: '(row)', message: 'zweite Zeile für AUS 2022-02 (erste in Zeile 2)' },
    },
  ])('warns: $name', ({ row, warning }) => {
    const result = parseKielDataExplorer(file(HEADER, AUS_2022_02, row));
    setLocale('de');
    expect(worded(result.warnings)).toEqual([{ line: 3, ...warning }]);
  });
});
