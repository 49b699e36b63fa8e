// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseKielDataExplorer } from '@/features/kiel';
import { duplicateColumns } from '@/lib/csv/duplicate-columns';
import { analyseImport } from './analyse-import';

const NOW = new Date('2026-11-25T13:02:00Z');
const fixture = (name: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures/import', name), 'utf8');

/** The fixture with one more column named `name` (cells `value`) at the end of every line. */
function withExtraColumn(text: string, name: string, value: string): string {
  const [header = '', ...lines] = text.split('\r\n').join('\n').split('\n');
  return [
    `${header},${name}`,
    ...lines.map((line) => (line === '' ? line : `${line},${value}`)),
  ].join('\n');
}

describe('duplicateColumns', () => {
  it('names each wanted column found twice (trimmed, any case), with 1-based positions', () => {
    expect(duplicateColumns(['id', 'Amount', 'x', ' amount ', 'x'], ['id', 'amount'])).toEqual([
      { name: 'amount', positions: [2, 4] },
    ]);
  });
});

describe('a header that names a column twice', () => {
  it.each([
    ['amount', '999'],
    ['label', 'Second label'],
    ['status_note', 'a note'],
  ])('pledge CSV with a second "%s": refused, naming the column', (name, value) => {
    const analysis = analyseImport(
      withExtraColumn(fixture('pledges-subset.csv'), name, value),
      'p.csv',
      {
        now: NOW,
      },
    );
    expect(analysis.payload).toBeNull();
    expect(analysis.fatal).toEqual([
      expect.stringMatching(new RegExp(`"${name}" appears more than once`)),
    ]);
  });

  it('Kiel file with a second "TOTAL": refused, naming the column (German too)', () => {
    const text = withExtraColumn(fixture('kiel-r29-subset.csv'), 'TOTAL', '1e9');
    const analysis = analyseImport(text, 'data_explorer.csv', { now: NOW });
    expect(analysis.payload).toBeNull();
    expect(analysis.fatal).toEqual([
      expect.stringMatching(/"total" appears more than once \(columns 5, 13\)/),
    ]);
    const german = analyseImport(text, 'data_explorer.csv', { now: NOW, locale: 'de' });
    expect(german.fatal[0]).toMatch(/Spalte „total“ kommt mehrfach vor/);
    expect(parseKielDataExplorer(text).duplicateColumns).toEqual([
      { name: 'total', positions: [5, 13] },
    ]);
  });

  it('a repeated column the reader does not use changes nothing', () => {
    const once = withExtraColumn(fixture('pledges-subset.csv'), 'comment', 'x');
    const twice = withExtraColumn(once, 'comment', 'y');
    const analysis = analyseImport(twice, 'p.csv', { now: NOW });
    expect(analysis.fatal).toEqual([]);
    expect(analysis.accepted).toBe(analyseImport(once, 'p.csv', { now: NOW }).accepted);
  });
});
