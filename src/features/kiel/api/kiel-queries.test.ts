import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { createDataServer } from '@mocks/node';
import { afterEach } from 'vitest';
import { DataFormatError, HttpError } from '@/lib/fetch-json';
import { setLocale } from '@/lib/i18n/locale';
import { kielMessage } from '../model/kiel-message';
import type { KielTableParse } from '../model/kiel-table';
import { ensureUsable } from './kiel-load';
import { kielFileUrl, kielQueries } from './kiel-queries';

// The bundled files from public/data (mocks/node.ts); tests swap single files with server.use().
const server = createDataServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

function parse(partial: Partial<KielTableParse<number>>): KielTableParse<number> {
  return {
    rows: [1],
    header: ['a'],
    missingRequired: [],
    duplicateColumns: [],
    problems: [],
    warnings: [],
    recordCount: 1,
    truncated: false,
    ...partial,
  };
}

describe('ensureUsable', () => {
  it.each([
    {
      name: 'missing columns',
      input: parse({ rows: [], missingRequired: ['military', 'iso'] }),
      message: /x\.csv is malformed: missing required column\(s\): military, iso/,
    },
    {
      name: 'empty file',
      input: parse({ rows: [], recordCount: 0 }),
      message: /x\.csv is malformed: no data rows/,
    },
    {
      name: 'no valid row',
      input: parse({
        rows: [],
        recordCount: 2,
        problems: [{ line: 2, field: 'month', message: kielMessage('wholeNumber', 1, 12, '13') }],
      }),
      message:
        /x\.csv is malformed: none of its 2 data rows is valid; line 2, month: expected a whole number/,
    },
    {
      name: 'truncated',
      input: parse({ truncated: true, recordCount: 7 }),
      message: /x\.csv is malformed: the file ends in the middle of a row after 7 rows/,
    },
  ])('throws a DataFormatError naming the file: $name', ({ input, message }) => {
    expect(() => ensureUsable(input, '/data/x.csv')).toThrow(DataFormatError);
    expect(() => ensureUsable(input, '/data/x.csv')).toThrow(message);
  });

  it('passes a usable parse through, rejected rows included', () => {
    const input = parse({
      problems: [{ line: 3, field: 'total', message: kielMessage('empty') }],
      recordCount: 2,
    });
    expect(ensureUsable(input, '/data/x.csv')).toBe(input);
  });
});

describe('kielQueries', () => {
  it.each([
    { query: kielQueries.dataExplorer('bundled'), key: 'data-explorer' },
    { query: kielQueries.releaseInfo(), key: 'release-info' },
    { query: kielQueries.totalAllocations(), key: 'total-allocations' },
    { query: kielQueries.procurementTrends(), key: 'procurement-trends' },
  ])('$key: stable key, never stale', ({ query, key }) => {
    expect(query.queryKey.slice(0, 3)).toEqual(['kiel', 'r29', key]);
    expect(query.staleTime).toBe(Infinity);
  });

  it('loads and parses the bundled release files', async () => {
    const queryClient = client();
    const explorer = await queryClient.fetchQuery(kielQueries.dataExplorer('bundled'));
    expect(explorer.rows).toHaveLength(1079);
    expect(explorer.problems).toEqual([]);
    expect(explorer.quirks.negativeToBeAllocatedRows).toBe(406);
    const release = await queryClient.fetchQuery(kielQueries.releaseInfo());
    expect(release.rows).toEqual([
      {
        release: '29',
        period: '04/2026',
        date: '2026-08-04',
        label: 'Ukraine Support Tracker, Release 29 (04/2026)',
      },
    ]);
    const totals = await queryClient.fetchQuery(kielQueries.totalAllocations());
    expect(totals.rows).toHaveLength(52);
    expect(totals.warnings).toEqual([]);
    const procurement = await queryClient.fetchQuery(kielQueries.procurementTrends());
    expect(procurement.rows.find((row) => row.natoPurl > 0)?.period).toBe('2025-08');
  });

  it('fetches from the release folder below the data base', () => {
    expect(kielFileUrl('data_explorer.csv')).toMatch(/\/data\/kiel-ust-r29\/data_explorer\.csv$/);
  });

  it.each([
    {
      name: 'HTTP error',
      response: () => new HttpResponse(null, { status: 500 }),
      error: HttpError,
    },
    {
      name: 'wrong columns',
      response: () => HttpResponse.text('year,month,stockpile\n2025,8,1\n'),
      error: DataFormatError,
    },
  ])('procurement_trends.csv: $name', async ({ response, error }) => {
    server.use(http.get('*/data/kiel-ust-r29/procurement_trends.csv', response));
    const failure = client().fetchQuery(kielQueries.procurementTrends());
    await expect(failure).rejects.toBeInstanceOf(error);
    await expect(failure).rejects.toThrow(/procurement_trends\.csv/);
  });
});

// Thrown while the interface is English, shown after a switch to German: the error stays in the
// query cache, so its problems are worded when read.
describe('ensureUsable in German after a switch', () => {
  afterEach(() => setLocale('en'));
  const errorOf = (input: Parameters<typeof ensureUsable>[0]) => {
    try {
      ensureUsable(input, '/data/x.csv');
    } catch (error) {
      if (error instanceof DataFormatError) return error;
    }
    throw new Error('expected a DataFormatError');
  };
  it.each([
    [
      'missing columns',
      parse({ rows: [], missingRequired: ['military', 'iso'] }),
      ['Pflichtspalte(n) fehlen: military, iso'],
    ],
    ['empty file', parse({ rows: [], recordCount: 0 }), ['keine Datenzeilen']],
    [
      'no valid row, thousands separator',
      parse({
        rows: [],
        recordCount: 1200,
        problems: [
          { line: 2, field: 'month', message: kielMessage('empty') },
          { line: 3, field: '(row)', message: kielMessage('cells', 12, 3) },
        ],
      }),
      [
        'keine ihrer 1.200 Datenzeilen ist gültig',
        'Zeile 2, month: ist leer',
        'Zeile 3: erwartet: 12 Zellen, gefunden: 3',
      ],
    ],
    [
      'truncated',
      parse({ truncated: true, recordCount: 7 }),
      ['die Datei endet mitten in einer Zeile nach 7 Zeilen (Übertragung abgebrochen?)'],
    ],
  ])('%s', (_name, input, expected) => {
    const error = errorOf(input);
    setLocale('de');
    expect(error.problems).toEqual(expected);
  });
});
