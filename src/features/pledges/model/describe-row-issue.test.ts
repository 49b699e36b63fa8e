// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/lib/i18n/locale';
import * as v from 'valibot';
import { NO_OWN_MESSAGE, rowProblemOf, showValue } from './describe-row-issue';
import { wordRowProblem, type RowProblem } from './row-problem';

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

/** The problems a schema finds in `value`, kept as rows keep them (codes). */
function problems(schema: v.GenericSchema, value: unknown): RowProblem[] {
  const result = v.safeParse(schema, value, { message: NO_OWN_MESSAGE });
  return result.success ? [] : result.issues.map(rowProblemOf);
}

/** The sentences, worded in the language in use. */
function sentence(schema: v.GenericSchema, value: unknown): string[] {
  return problems(schema, value).map((problem) => wordRowProblem(problem));
}

const row = v.object({
  n: v.pipe(v.number(), v.gtValue(0), v.maxValue(100)),
  m: v.optional(v.pipe(v.number(), v.minValue(1))),
  k: v.optional(v.pipe(v.number(), v.gtValue(1))),
  list: v.optional(v.pipe(v.array(v.string()), v.minLength(2))),
  text: v.optional(v.pipe(v.string(), v.minLength(3))),
  own: v.optional(v.pipe(v.string(), v.minLength(1, 'must not be empty'))),
  pick: v.optional(v.picklist(['a', 'b'])),
  one: v.optional(v.literal('month')),
  finite: v.optional(v.pipe(v.number(), v.finite())),
});

describe('rowProblemOf + wordRowProblem', () => {
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
    ['a key present but undefined', { n: undefined }, ['n: missing']],
    ['null where a number belongs', { n: null }, ['n: expected a number (got null)']],
    ['not the literal', { n: 1, one: 'year' }, ['one: expected one of month (got "year")']],
    [
      'an infinite number',
      { n: 1, finite: Infinity },
      ['finite: expected a number (got Infinity)'],
    ],
    [
      'several problems, in field order',
      { n: -1, text: 'a', pick: 'z' },
      [
        'n: must be positive (got -1)',
        'text: needs at least 3 characters (got "a")',
        'pick: expected one of a, b (got "z")',
      ],
    ],
  ] as const)('%s', (_name, value, expected) => {
    expect(sentence(row, value)).toEqual(expected);
  });
});

describe('rowProblemOf + wordRowProblem: parsed in English, worded after a switch to German', () => {
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
    const kept = problems(row, value);
    setLocale('de');
    expect(kept.map((problem) => wordRowProblem(problem))).toEqual(expected);
  });

  it('issues without a wording of their own are worded in German too', () => {
    setLocale('de');
    expect(sentence(v.object({ u: v.union([v.number(), v.boolean()]) }), { u: 'x' })).toEqual([
      'u: ungültiger Wert (erhalten: "x")',
    ]);
  });

  it('and in English read "Invalid input", as before', () => {
    expect(sentence(v.object({ u: v.union([v.number(), v.boolean()]) }), { u: 'x' })).toEqual([
      'u: Invalid input (got "x")',
    ]);
  });
});
