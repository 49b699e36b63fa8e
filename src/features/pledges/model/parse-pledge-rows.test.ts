// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/lib/i18n/locale';
import { messages } from '@/lib/i18n/messages';
import { DataFormatError } from '@/lib/fetch-json';
import { makePledge } from '@/test-utils/pledge-fixtures';
import { parsePledgeRows } from './parse-pledge-rows';
import { wordRowProblem } from './row-problem';

const URL = '/data/pledges.json';
const HEADER = { title: 'Test', asOf: '2025-12-03', compiledFrom: 'tests', notes: [] };

/** A package with a share, a spanning total and an inclusion: valid as it stands. */
const base = (): Record<string, unknown>[] => [
  makePledge({ id: 'P019', kind: 'package-total', donors: ['NOR', 'DEU', 'POL'], amount: 500e6 }),
  makePledge({ id: 'P017', donors: ['POL'], shareOf: 'P019' }),
  makePledge({ id: 'P021', donors: ['DEU'], spans: ['P019'] }),
  makePledge({ id: 'P015', donors: ['DEU'], includedIn: 'P021' }),
  makePledge({ id: 'P030', donors: ['NLD'] }),
];

/** The base rows with row `index` changed (a key set to undefined is removed). */
function edit(index: number, change: Record<string, unknown>, rows = base()) {
  const row = { ...rows[index], ...change };
  for (const [key, value] of Object.entries(change)) if (value === undefined) delete row[key];
  return rows.map((r, i) => (i === index ? row : r));
}

const src = (url: string) => [{ title: 'Source', url, date: null }];

interface Case {
  name: string;
  rows: unknown[];
  kept: string[];
  rejected: { index: number; id: string | null; problems: (string | RegExp)[] }[];
}

const ALL = ['P019', 'P017', 'P021', 'P015', 'P030'];

const cases: Case[] = [
  { name: 'a valid file keeps every row', rows: base(), kept: ALL, rejected: [] },
  {
    name: 'negative amount',
    rows: edit(4, { amount: -5 }),
    kept: ALL.slice(0, 4),
    rejected: [{ index: 4, id: 'P030', problems: ['amount: must be positive (got -5)'] }],
  },
  {
    name: 'amount as text',
    rows: edit(4, { amount: '12m' }),
    kept: ALL.slice(0, 4),
    rejected: [{ index: 4, id: 'P030', problems: ['amount: expected a number (got "12m")'] }],
  },
  {
    name: 'amount over the ceiling',
    rows: edit(4, { amount: 2e13 }),
    kept: ALL.slice(0, 4),
    rejected: [
      {
        index: 4,
        id: 'P030',
        problems: ['amount: must be at most 10,000,000,000,000 (got 20000000000000)'],
      },
    ],
  },
  {
    name: 'unknown currency',
    rows: edit(4, { currency: 'RUB' }),
    kept: ALL.slice(0, 4),
    rejected: [
      {
        index: 4,
        id: 'P030',
        problems: [/^currency: expected one of EUR, USD, .*SEK \(got "RUB"\)$/],
      },
    ],
  },
  {
    name: 'impossible date',
    rows: edit(4, { announced: '2025-02-30' }),
    kept: ALL.slice(0, 4),
    rejected: [
      {
        index: 4,
        id: 'P030',
        problems: ['announced: expected a real date as YYYY-MM-DD or YYYY-MM (got "2025-02-30")'],
      },
    ],
  },
  {
    name: 'missing sources, missing status, two problems in one row',
    rows: edit(4, { sources: undefined, status: undefined }),
    kept: ALL.slice(0, 4),
    rejected: [{ index: 4, id: 'P030', problems: ['status: missing', 'sources: missing'] }],
  },
  {
    name: 'empty source list',
    rows: edit(4, { sources: [] }),
    kept: ALL.slice(0, 4),
    rejected: [{ index: 4, id: 'P030', problems: ['sources: needs at least 1 entry'] }],
  },
  {
    name: 'javascript: and data: source addresses',
    rows: edit(4, {
      sources: [...src('javascript:alert(1)'), ...src('data:text/html,<b>x</b>')],
    }),
    kept: ALL.slice(0, 4),
    rejected: [
      {
        index: 4,
        id: 'P030',
        problems: [
          /^sources\[0\]\.url: expected an http or https address.* \(got "javascript:alert\(1\)"\)$/,
          /^sources\[1\]\.url: expected an http .* \(got "data:text\/html,<b>x<\/b>"\)$/,
        ],
      },
    ],
  },
  {
    name: 'markup in text fields is data, not a problem',
    rows: edit(4, { label: '<img src=x onerror=alert(1)>', description: '<script>x</script>' }),
    kept: ALL,
    rejected: [],
  },
  {
    name: 'rows that are not objects; a row without id',
    rows: [...base(), null, 42, edit(4, { id: undefined })[4], ['P031']],
    kept: ALL,
    rejected: [
      { index: 5, id: null, problems: ['(row): expected an object (got null)'] },
      { index: 6, id: null, problems: ['(row): expected an object (got 42)'] },
      { index: 7, id: null, problems: ['id: missing'] },
      { index: 8, id: null, problems: ['(row): expected an object'] },
    ],
  },
  {
    name: 'a malformed id is named, shortened',
    rows: edit(4, { id: 'x'.repeat(30) }),
    kept: ALL.slice(0, 4),
    rejected: [
      { index: 4, id: `${'x'.repeat(24)}…`, problems: [/^id: expected an id such as P019/] },
    ],
  },
  {
    name: 'duplicate id: the first row stays',
    rows: [...base(), makePledge({ id: 'P030', donors: ['SWE'] })],
    kept: ALL,
    rejected: [{ index: 5, id: 'P030', problems: ['id: P030 is already used by row 5'] }],
  },
  {
    name: 'share pointing to a package that does not exist',
    rows: edit(1, { shareOf: 'P099' }),
    kept: ['P019', 'P021', 'P015', 'P030'],
    rejected: [
      { index: 1, id: 'P017', problems: ['shareOf: points to P099, which does not exist'] },
    ],
  },
  {
    name: 'rows pointing to a package left out are left out too, saying why',
    rows: edit(0, { amount: 0 }),
    kept: ['P030'],
    rejected: [
      { index: 0, id: 'P019', problems: ['amount: must be positive (got 0)'] },
      {
        index: 1,
        id: 'P017',
        problems: ['shareOf: points to P019, which was left out (row 1 (P019))'],
      },
      {
        index: 2,
        id: 'P021',
        problems: ['spans[0]: points to P019, which was left out (row 1 (P019))'],
      },
      {
        index: 3,
        id: 'P015',
        problems: ['includedIn: points to P021, which was left out (row 3 (P021))'],
      },
    ],
  },
  {
    name: 'integrity problem (package with one donor) takes its share along',
    rows: edit(0, { donors: ['POL'] }),
    kept: ['P030'],
    rejected: [
      { index: 0, id: 'P019', problems: ['donors: a package-total needs at least two donors'] },
      {
        index: 1,
        id: 'P017',
        problems: ['shareOf: points to P019, which was left out (row 1 (P019))'],
      },
      // P021 breaks a rule of its own (its donor is no longer a participant): named as such.
      { index: 2, id: 'P021', problems: ["spans[0]: donor DEU is not among P019's donors (POL)"] },
      { index: 3, id: 'P015', problems: [/^includedIn: points to P021, which was left out/] },
    ],
  },
  {
    name: 'a long value is shortened in the message',
    rows: edit(4, { announced: `2025-01-01${'9'.repeat(50)}` }),
    kept: ALL.slice(0, 4),
    rejected: [
      {
        index: 4,
        id: 'P030',
        problems: [
          `announced: expected a real date as YYYY-MM-DD or YYYY-MM (got "2025-01-01${'9'.repeat(30)}…")`,
        ],
      },
    ],
  },
  {
    name: 'includedIn cycle: its members and the row pointing into it',
    rows: [
      ...base(),
      makePledge({ id: 'E001', includedIn: 'E002' }),
      makePledge({ id: 'E002', includedIn: 'E001' }),
      makePledge({ id: 'E004', includedIn: 'E001' }),
    ],
    kept: ALL,
    rejected: [
      { index: 5, id: 'E001', problems: ['includedIn: includedIn links form a cycle'] },
      { index: 6, id: 'E002', problems: ['includedIn: includedIn links form a cycle'] },
      {
        index: 7,
        id: 'E004',
        problems: ['includedIn: points to E001, which was left out (row 6 (E001))'],
      },
    ],
  },
];

describe('parsePledgeRows', () => {
  it.each(cases)('$name', ({ rows, kept, rejected }) => {
    const result = parsePledgeRows({ dataset: HEADER, pledges: rows }, URL);
    expect(result.dataset.dataset).toEqual(HEADER);
    expect(result.dataset.pledges.map((p) => p.id)).toEqual(kept);
    const worded = result.rejected.map((r) => ({
      ...r,
      problems: r.problems.map((problem) => wordRowProblem(problem)),
    }));
    expect(worded).toEqual(
      rejected.map((r) => ({
        ...r,
        problems: r.problems.map((p): unknown =>
          typeof p === 'string' ? p : expect.stringMatching(p),
        ),
      })),
    );
  });

  it('keeps kept rows exactly as they were', () => {
    const rows = base();
    const result = parsePledgeRows({ dataset: HEADER, pledges: rows }, URL);
    expect(result.dataset.pledges).toEqual(rows);
  });

  it.each([
    [
      'header field invalid',
      { dataset: { ...HEADER, asOf: '2025-13' }, pledges: [] },
      /dataset\.asOf/,
    ],
    ['header missing', { pledges: [] }, /dataset: missing|dataset/],
    ['pledges not a list', { dataset: HEADER, pledges: {} }, /pledges/],
    ['not an object', [1, 2], /\(root\)/],
  ])('fails the whole file when the %s', (_name, data, problem) => {
    expect(() => parsePledgeRows(data, URL)).toThrow(DataFormatError);
    expect(() => parsePledgeRows(data, URL)).toThrow(problem);
  });

  it('follows a long chain of links in linear time', () => {
    const count = 20_000;
    const rows = Array.from({ length: count }, (_, i) =>
      makePledge({
        id: `E${String(i).padStart(5, '0')}`,
        ...(i > 0 ? { includedIn: `E${String(i - 1).padStart(5, '0')}` } : { amount: -1 }),
      }),
    );
    const started = performance.now();
    const result = parsePledgeRows({ dataset: HEADER, pledges: rows }, URL);
    expect(result.dataset.pledges).toHaveLength(0);
    expect(result.rejected).toHaveLength(count);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

/** The same checks in German (the issue codes, the schemas' own messages, the integrity rules). */
const germanCases: [string, unknown[], { index: number; problems: string[] }[]][] = [
  [
    'negative amount',
    edit(4, { amount: -5 }),
    [{ index: 4, problems: ['amount: muss positiv sein (erhalten: -5)'] }],
  ],
  [
    'amount as text',
    edit(4, { amount: '12m' }),
    [{ index: 4, problems: ['amount: erwartet: eine Zahl (erhalten: "12m")'] }],
  ],
  [
    'amount over the ceiling, German number format',
    edit(4, { amount: 2e13 }),
    [
      {
        index: 4,
        problems: ['amount: darf höchstens 10.000.000.000.000 sein (erhalten: 20000000000000)'],
      },
    ],
  ],
  [
    'impossible date',
    edit(4, { announced: '2025-02-30' }),
    [
      {
        index: 4,
        problems: [
          'announced: erwartet: ein gültiges Datum als JJJJ-MM-TT oder JJJJ-MM (erhalten: "2025-02-30")',
        ],
      },
    ],
  ],
  [
    'missing fields',
    edit(4, { sources: undefined, status: undefined }),
    [{ index: 4, problems: ['status: fehlt', 'sources: fehlt'] }],
  ],
  [
    'empty source list',
    edit(4, { sources: [] }),
    [{ index: 4, problems: ['sources: braucht mindestens 1 Eintrag'] }],
  ],
  [
    'javascript: source address',
    edit(4, { sources: src('javascript:alert(1)') }),
    [
      {
        index: 4,
        problems: [
          'sources[0].url: erwartet: eine http- oder https-Adresse oder eine mitgelieferte Kopie unter data/sources/ (erhalten: "javascript:alert(1)")',
        ],
      },
    ],
  ],
  [
    'bad id',
    edit(4, { id: 'x1' }),
    [{ index: 4, problems: ['id: erwartet: eine ID wie P019 (erhalten: "x1")'] }],
  ],
  [
    'bad donor code',
    edit(4, { donors: ['de'] }),
    [
      {
        index: 4,
        problems: ['donors[0]: erwartet: ein Geberkürzel wie DEU oder EU (erhalten: "de")'],
      },
    ],
  ],
  [
    'row that is not an object',
    [...base(), 42],
    [{ index: 5, problems: ['(Zeile): erwartet: ein Objekt (erhalten: 42)'] }],
  ],
  [
    'duplicate id',
    [...base(), makePledge({ id: 'P030', donors: ['SWE'] })],
    [{ index: 5, problems: ['id: P030 wird bereits von Zeile 5 verwendet'] }],
  ],
  [
    'share pointing to a package that does not exist',
    edit(1, { shareOf: 'P099' }),
    [{ index: 1, problems: ['shareOf: verweist auf P099, das es nicht gibt'] }],
  ],
  [
    'package with one donor takes its share and spanning total along',
    edit(0, { donors: ['POL'] }),
    [
      {
        index: 0,
        problems: ['donors: eine Paketsumme (package-total) braucht mindestens zwei Geber'],
      },
      {
        index: 1,
        problems: ['shareOf: verweist auf P019, das ausgelassen wurde (Zeile 1 (P019))'],
      },
      { index: 2, problems: ['spans[0]: Geber DEU gehört nicht zu den Gebern von P019 (POL)'] },
      {
        index: 3,
        problems: ['includedIn: verweist auf P021, das ausgelassen wurde (Zeile 3 (P021))'],
      },
    ],
  ],
  [
    'includedIn cycle',
    [
      ...base(),
      makePledge({ id: 'E001', includedIn: 'E002' }),
      makePledge({ id: 'E002', includedIn: 'E001' }),
    ],
    [
      { index: 5, problems: ['includedIn: die includedIn-Verweise bilden einen Kreis'] },
      { index: 6, problems: ['includedIn: die includedIn-Verweise bilden einen Kreis'] },
    ],
  ],
];

describe('parsePledgeRows: parsed in English, in German after a switch', () => {
  afterEach(() => setLocale('en'));
  it.each(germanCases)('%s', (_name, rows, expected) => {
    // Parsed (and cached) while the interface is English; shown after the switch to German.
    const result = parsePledgeRows({ dataset: HEADER, pledges: rows }, URL);
    setLocale('de');
    expect(
      result.rejected.map(({ index, problems }) => ({
        index,
        problems: problems.map((problem) => wordRowProblem(problem)),
      })),
    ).toEqual(expected);
  });

  it('keeps no worded reason in the parse: every problem is a code with values', () => {
    const rows = [...edit(4, { amount: -5, announced: '2025-02-30' }), 42];
    const result = parsePledgeRows({ dataset: HEADER, pledges: rows }, URL);
    const english = messages('en').pledgeRows;
    const kept = JSON.stringify(result.rejected);
    expect(result.rejected.length).toBeGreaterThan(0);
    for (const words of [english.positive, english.schema.date, english.kinds.object]) {
      expect(kept).not.toContain(words.trim());
    }
  });
});
