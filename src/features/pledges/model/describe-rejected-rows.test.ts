// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/lib/i18n/locale';
import { describeRejectedRows } from './describe-rejected-rows';
import type { RejectedPledgeRow } from './rejected-row';
import type { RowProblem, RowReason } from './row-problem';

/** `field: reason (got shown)` as kept by the parse: codes, worded when described. */
const p = (field: string, reason: RowReason, shown: string | null = null): RowProblem => ({
  field,
  reason,
  shown,
});
const positive = (shown: string | null = null) => p('amount', { code: 'positive' }, shown);
const missing = (field: string) => p(field, { code: 'missing' });
const own = (field: string, text: string) => p(field, { code: 'own', text });

const row = (index: number, id: string | null, ...problems: RowProblem[]): RejectedPledgeRow => ({
  index,
  id,
  problems,
});
const fiveProblems = ['a', 'b', 'c', 'd', 'e'].map((field, i) => own(field, String(i + 1)));

const many = Array.from({ length: 1_207 }, (_, i) =>
  row(i, `P${String(i).padStart(3, '0')}`, positive()),
);

describe('describeRejectedRows', () => {
  it.each([
    ['no rows: no notice', [], null],
    [
      'one row, singular',
      [row(4, 'P005', positive('-5'))],
      '1 pledge line in pledges.json was left out: row 5 (P005): amount: must be positive (got -5). The figures below do not include it.',
    ],
    [
      'two rows, one without id, two problems joined by "and"',
      [row(4, 'P005', positive()), row(8, null, missing('id'), missing('sources'))],
      '2 pledge lines in pledges.json were left out: row 5 (P005): amount: must be positive; row 9: id: missing and sources: missing. The figures below do not include them.',
    ],
    [
      'more than three problems in a row',
      [row(0, 'P001', ...fiveProblems)],
      '1 pledge line in pledges.json was left out: row 1 (P001): a: 1 and b: 2 and c: 3 (+2 more). The figures below do not include it.',
    ],
  ] as const)('%s', (_name, rejected, expected) => {
    expect(describeRejectedRows(rejected, 'pledges.json')).toBe(expected);
  });

  it('names at most five rows, then how many more, with thousands separators', () => {
    const text = describeRejectedRows(many, 'pledges.json');
    expect(text).toMatch(/^1,207 pledge lines in pledges\.json were left out: row 1 \(P000\)/);
    expect(text?.match(/row \d+ \(/g)).toHaveLength(5);
    expect(text).toContain('row 5 (P004): amount: must be positive; and 1,202 more.');
  });

  it('takes other limits', () => {
    const text = describeRejectedRows(many.slice(0, 3), 'x.json', { rows: 1, problemsPerRow: 1 });
    expect(text).toBe(
      '3 pledge lines in x.json were left out: row 1 (P000): amount: must be positive; and 2 more. The figures below do not include them.',
    );
  });
});

describe('describeRejectedRows in German', () => {
  afterEach(() => setLocale('en'));

  it.each([
    [
      'one row, singular',
      [row(4, 'P005', positive('-5'))],
      '1 Zusagezeile in pledges.json wurde ausgelassen: Zeile 5 (P005): amount: muss positiv sein (erhalten: -5). Die Zahlen unten enthalten sie nicht.',
    ],
    [
      'two rows, one without id, two problems joined by "und"',
      [row(4, 'P005', positive()), row(8, null, missing('id'), missing('sources'))],
      '2 Zusagezeilen in pledges.json wurden ausgelassen: Zeile 5 (P005): amount: muss positiv sein; Zeile 9: id: fehlt und sources: fehlt. Die Zahlen unten enthalten diese Zeilen nicht.',
    ],
    [
      'more than three problems in a row',
      [row(0, 'P001', ...fiveProblems)],
      '1 Zusagezeile in pledges.json wurde ausgelassen: Zeile 1 (P001): a: 1 und b: 2 und c: 3 (+2 weitere). Die Zahlen unten enthalten sie nicht.',
    ],
  ] as const)('%s', (_name, rejected, expected) => {
    setLocale('de');
    expect(describeRejectedRows(rejected, 'pledges.json')).toBe(expected);
  });

  it('counts with German thousands separators', () => {
    setLocale('de');
    const text = describeRejectedRows(many, 'pledges.json');
    expect(text).toMatch(
      /^1\.207 Zusagezeilen in pledges\.json wurden ausgelassen: Zeile 1 \(P000\)/,
    );
    expect(text).toContain('Zeile 5 (P004): amount: muss positiv sein; und 1.202 weitere.');
  });
});

describe('describeRejectedRows after a switch to German', () => {
  afterEach(() => setLocale('en'));

  it('words reasons kept from an English parse in German, with no English inside', () => {
    const rejected = [
      row(4, 'P005', positive('-5'), p('currency', { code: 'oneOf', values: 'EUR, USD' }, '"RUB"')),
      row(6, 'P007', p('announced', { code: 'schema', key: 'date' }, '"2025-02-30"')),
      row(
        7,
        'P008',
        p('shareOf', { code: 'leftOutTarget', value: 'P005', row: { index: 4, id: 'P005' } }),
      ),
      row(8, 'P009', p('amount', { code: 'atMost', limit: 1e13 }, '20000000000000')),
    ];
    const english = describeRejectedRows(rejected, 'pledges.json');
    expect(english).toContain('must be positive');
    setLocale('de');
    const german = describeRejectedRows(rejected, 'pledges.json') ?? '';
    expect(german).toContain('amount: muss positiv sein (erhalten: -5)');
    expect(german).toContain('currency: erwartet: einer der Werte EUR, USD (erhalten: "RUB")');
    expect(german).toContain('announced: erwartet: ein gültiges Datum als JJJJ-MM-TT oder JJJJ-MM');
    expect(german).toContain('verweist auf P005, das ausgelassen wurde (Zeile 5 (P005))');
    expect(german).toContain('darf höchstens 10.000.000.000.000 sein');
    expect(german).not.toMatch(/\b(row|must|expected|points|got|left out)\b/);
  });
});
