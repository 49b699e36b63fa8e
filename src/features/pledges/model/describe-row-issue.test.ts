import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/lib/i18n/locale';
import { z } from 'zod/mini';
import { describeRowIssue, rowIssueWording, showValue } from './describe-row-issue';

describe('showValue', () => {
  it.each([
    ['text is quoted', 'RUB', '"RUB"'],
    ['quotes inside are escaped', 'a"b', '"a\\"b"'],
    ['long text is cut at 40 characters', 'x'.repeat(45), `"${'x'.repeat(40)}…"`],
    ['numbers', -5, '-5'],
    ['null', null, 'null'],
    ['booleans', false, 'false'],
    ['objects are not shown', { a: 1 }, null],
    ['lists are not shown', [1], null],
  ] as const)('%s', (_name, value, expected) => {
    expect(showValue(value)).toBe(expected);
  });
});

/** The sentence a schema gives for `value`, worded as rows are. */
function sentence(schema: z.ZodMiniType, value: unknown): string[] {
  const result = schema.safeParse(value, { error: rowIssueWording, reportInput: true });
  return result.success ? [] : result.error.issues.map(describeRowIssue);
}

const row = z.object({
  n: z.number().check(z.positive(), z.lte(100)),
  m: z.optional(z.number().check(z.gte(1))),
  k: z.optional(z.number().check(z.gt(1))),
  list: z.optional(z.array(z.string()).check(z.minLength(2))),
  text: z.optional(z.string().check(z.minLength(3))),
  own: z.optional(z.string().check(z.minLength(1, 'must not be empty'))),
  pick: z.optional(z.enum(['a', 'b'])),
});

describe('rowIssueWording + describeRowIssue', () => {
  it.each([
    ['missing field', {}, ['n: missing']],
    ['wrong type', { n: 'x' }, ['n: expected a number (got "x")']],
    ['zero is not positive', { n: 0 }, ['n: must be positive (got 0)']],
    ['over the maximum', { n: 1000 }, ['n: must be at most 100 (got 1000)']],
    ['under an inclusive minimum', { n: 1, m: 0 }, ['m: must be at least 1 (got 0)']],
    ['under an exclusive minimum', { n: 1, k: 1 }, ['k: must be more than 1 (got 1)']],
    ['short list', { n: 1, list: ['a'] }, ['list: needs at least 2 entries']],
    ['short text', { n: 1, text: 'ab' }, ['text: needs at least 3 characters (got "ab")']],
    ['the schema’s own message wins', { n: 1, own: '' }, ['own: must not be empty (got "")']],
    ['value not in the list', { n: 1, pick: 'c' }, ['pick: expected one of a, b (got "c")']],
    ['the row itself', 'nope', ['(row): expected an object (got "nope")']],
    ['a list item', { n: 1, list: ['a', 2] }, ['list[1]: expected text (got 2)']],
  ] as const)('%s', (_name, value, expected) => {
    expect(sentence(row, value)).toEqual(expected);
  });
});

describe('rowIssueWording + describeRowIssue in German', () => {
  afterEach(() => setLocale('en'));
  it.each([
    ['missing field', {}, ['n: fehlt']],
    ['wrong type', { n: 'x' }, ['n: erwartet: eine Zahl (erhalten: "x")']],
    ['zero is not positive', { n: 0 }, ['n: muss positiv sein (erhalten: 0)']],
    ['over the maximum', { n: 1000 }, ['n: darf höchstens 100 sein (erhalten: 1000)']],
    ['under an inclusive minimum', { n: 1, m: 0 }, ['m: muss mindestens 1 sein (erhalten: 0)']],
    ['under an exclusive minimum', { n: 1, k: 1 }, ['k: muss größer als 1 sein (erhalten: 1)']],
    ['short list', { n: 1, list: ['a'] }, ['list: braucht mindestens 2 Einträge']],
    ['short text', { n: 1, text: 'ab' }, ['text: braucht mindestens 3 Zeichen (erhalten: "ab")']],
    ['the schema’s own message wins', { n: 1, own: '' }, ['own: must not be empty (erhalten: "")']],
    [
      'value not in the list',
      { n: 1, pick: 'c' },
      ['pick: erwartet: einer der Werte a, b (erhalten: "c")'],
    ],
    ['the row itself', 'nope', ['(Zeile): erwartet: ein Objekt (erhalten: "nope")']],
    ['a list item', { n: 1, list: ['a', 2] }, ['list[1]: erwartet: Text (erhalten: 2)']],
  ] as const)('%s', (_name, value, expected) => {
    setLocale('de');
    expect(sentence(row, value)).toEqual(expected);
  });

  it('issues zod words itself are worded in German too', () => {
    setLocale('de');
    expect(sentence(z.object({ u: z.union([z.number(), z.boolean()]) }), { u: 'x' })).toEqual([
      'u: ungültiger Wert (erhalten: "x")',
    ]);
  });
});
