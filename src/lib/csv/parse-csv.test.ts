// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/lib/i18n/locale';
import { detectSeparator, parseCsv, type CsvRow } from './parse-csv';

interface Case {
  name: string;
  input: string;
  header: string[];
  rows: CsvRow[];
  problems?: { line: number; message: RegExp }[];
  separator?: ',' | ';';
}

const cases: Case[] = [
  {
    name: 'simple LF file with trailing newline',
    input: 'a,b\n1,2\n3,4\n',
    header: ['a', 'b'],
    rows: [
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ],
  },
  {
    name: 'no trailing newline',
    input: 'a,b\n1,2',
    header: ['a', 'b'],
    rows: [{ line: 2, cells: ['1', '2'] }],
  },
  {
    name: 'CRLF line endings',
    input: 'a,b\r\n1,2\r\n3,4\r\n',
    header: ['a', 'b'],
    rows: [
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ],
  },
  {
    name: 'lone CR line endings',
    input: 'a,b\r1,2\r',
    header: ['a', 'b'],
    rows: [{ line: 2, cells: ['1', '2'] }],
  },
  {
    name: 'UTF-8 BOM is stripped from the first header cell',
    input: '\uFEFF"country",iso\nGermany,DEU\n',
    header: ['country', 'iso'],
    rows: [{ line: 2, cells: ['Germany', 'DEU'] }],
  },
  {
    name: 'quoted fields with doubled quotes and embedded separators',
    input: 'name,note\n"Smith, J.","said ""hi"""\n',
    header: ['name', 'note'],
    rows: [{ line: 2, cells: ['Smith, J.', 'said "hi"'] }],
  },
  {
    name: 'embedded newline: next record starts on a later physical line',
    input: 'id,text\n1,"two\nlines"\n2,"three\r\nphysical\nlines"\n3,x\n',
    header: ['id', 'text'],
    rows: [
      { line: 2, cells: ['1', 'two\nlines'] },
      { line: 4, cells: ['2', 'three\r\nphysical\nlines'] },
      { line: 7, cells: ['3', 'x'] },
    ],
  },
  {
    name: 'lone CR inside a quoted field counts as a line break',
    input: 'id,text\r1,"a\rb"\r2,x\r',
    header: ['id', 'text'],
    rows: [
      { line: 2, cells: ['1', 'a\rb'] },
      { line: 4, cells: ['2', 'x'] },
    ],
  },
  {
    name: 'doubled quotes around a line break inside a quoted field',
    input: 'id,text\n1,"say ""\nhi"""\n2,x\n',
    header: ['id', 'text'],
    rows: [
      { line: 2, cells: ['1', 'say "\nhi"'] },
      { line: 4, cells: ['2', 'x'] },
    ],
  },
  {
    name: 'semicolon separator detected from the header, commas kept inside cells',
    input: 'land;betrag\nDeutschland;1,5\n"Polen; Ost";2,25\n',
    header: ['land', 'betrag'],
    rows: [
      { line: 2, cells: ['Deutschland', '1,5'] },
      { line: 3, cells: ['Polen; Ost', '2,25'] },
    ],
    separator: ';',
  },
  {
    name: 'separators inside quoted header names do not count for detection',
    input: '"a;b;c",d\n1,2\n',
    header: ['a;b;c', 'd'],
    rows: [{ line: 2, cells: ['1', '2'] }],
    separator: ',',
  },
  {
    name: 'empty cells, trailing separator, empty quoted cell',
    input: 'a,b,c\n,,\n1,"",\n',
    header: ['a', 'b', 'c'],
    rows: [
      { line: 2, cells: ['', '', ''] },
      { line: 3, cells: ['1', '', ''] },
    ],
  },
  {
    name: 'blank lines are skipped but still counted',
    input: 'a\n\n1\r\n\r\n2\n\n',
    header: ['a'],
    rows: [
      { line: 3, cells: ['1'] },
      { line: 5, cells: ['2'] },
    ],
  },
  {
    name: 'rows with a different number of cells are returned as they are',
    input: 'a,b\n1\n1,2,3\n',
    header: ['a', 'b'],
    rows: [
      { line: 2, cells: ['1'] },
      { line: 3, cells: ['1', '2', '3'] },
    ],
  },
  {
    name: 'unterminated quote at end of file (truncated) is a problem, partial record dropped',
    input: 'a,b\n1,2\n3,"never closed\nmore text',
    header: ['a', 'b'],
    rows: [{ line: 2, cells: ['1', '2'] }],
    problems: [{ line: 3, message: /not closed.*truncated/ }],
  },
  {
    name: 'characters after a closing quote are kept and reported',
    input: 'a,b\n"x"y,2\n',
    header: ['a', 'b'],
    rows: [{ line: 2, cells: ['xy', '2'] }],
    problems: [{ line: 2, message: /after a closing quote/ }],
  },
  {
    name: 'empty input',
    input: '',
    header: [],
    rows: [],
    problems: [{ line: 1, message: /empty file/ }],
  },
  {
    name: 'only a BOM and newlines',
    input: '\uFEFF\n\n',
    header: [],
    rows: [],
    problems: [{ line: 1, message: /empty file/ }],
  },
];

describe('parseCsv', () => {
  it.each(cases)('$name', ({ input, header, rows, problems = [], separator }) => {
    const result = parseCsv(input);
    expect(result.header).toEqual(header);
    expect(result.rows).toEqual(rows);
    expect(result.problems).toHaveLength(problems.length);
    problems.forEach((expected, i) => {
      expect(result.problems[i]?.line).toBe(expected.line);
      expect(result.problems[i]?.message).toMatch(expected.message);
    });
    if (separator) expect(result.separator).toBe(separator);
    expect(result.unterminatedQuote).toBe(
      problems.some((p) => /not closed/.test(p.message.source)),
    );
  });

  it('honours a forced separator', () => {
    const result = parseCsv('a;b,c\n1;2,3\n', { separator: ',' });
    expect(result.header).toEqual(['a;b', 'c']);
    expect(result.rows[0]?.cells).toEqual(['1;2', '3']);
  });

  it('parses a 10 MB file in one pass quickly', () => {
    const line = '"Germany","DEU",2024,5,0.1234,0.1,0.0034,0.02,"note, with comma"\n';
    const count = Math.ceil(10_000_000 / line.length);
    const text = `country,iso,year,month,total,financial,humanitarian,military,note\n${line.repeat(count)}`;
    const started = performance.now();
    const result = parseCsv(text);
    const elapsed = performance.now() - started;
    expect(result.rows).toHaveLength(count);
    expect(result.rows.at(-1)).toEqual({
      line: count + 1,
      cells: ['Germany', 'DEU', '2024', '5', '0.1234', '0.1', '0.0034', '0.02', 'note, with comma'],
    });
    expect(result.problems).toEqual([]);
    // Generous bound for slow CI machines; a per-character regex approach takes far longer.
    expect(elapsed).toBeLessThan(3000);
  });
});

describe('detectSeparator', () => {
  it.each([
    { header: 'a,b,c', expected: ',' },
    { header: 'a;b;c', expected: ';' },
    { header: 'single', expected: ',' },
    { header: '"x,y";"z"', expected: ';' },
    { header: 'a;b\n1,2,3,4', expected: ';' },
  ] as const)('$header -> $expected', ({ header, expected }) => {
    expect(detectSeparator(header)).toBe(expected);
  });
});

describe('problems in the interface language', () => {
  afterEach(() => setLocale('en'));

  it('names an unclosed quote and an empty file in German', () => {
    setLocale('de');
    expect(parseCsv('a,b\n1,"2').problems[0]?.message).toBe(
      'ein Feld in Anführungszeichen wird bis zum Dateiende nicht geschlossen (Datei abgeschnitten?); Datensatz ausgelassen',
    );
    expect(parseCsv('').problems[0]?.message).toBe('leere Datei: keine Kopfzeile');
    expect(parseCsv('a,b\n"x"y,1').problems[0]?.message).toBe(
      'unerwartete Zeichen nach einem schließenden Anführungszeichen: y',
    );
  });
});
