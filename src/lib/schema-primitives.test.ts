// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  currencySchema,
  finiteNumber,
  isoDateOrMonth,
  issuePath,
  nonEmpty,
  safeParseData,
  sourceSchema,
} from './schema-primitives';

/** `path: message` for each issue, or the output when the value is accepted. */
function check(
  schema: v.GenericSchema,
  value: unknown,
  message?: (i: v.BaseIssue<unknown>) => string,
) {
  const result = safeParseData(schema, value, message);
  if (result.success) return { output: result.output };
  return { issues: result.issues.map((i) => `${issuePath(i).join('.')}: ${i.message}`) };
}

describe('shared schemas', () => {
  it.each([
    ['a date', isoDateOrMonth, '2025-02-28', { output: '2025-02-28' }],
    ['a month', isoDateOrMonth, '2025-02', { output: '2025-02' }],
    [
      'an impossible date',
      isoDateOrMonth,
      '2025-02-30',
      { issues: [': expected a real date as YYYY-MM-DD or YYYY-MM'] },
    ],
    ['a date that is not text', isoDateOrMonth, 20250228, { issues: [': Invalid input'] }],
    ['text is trimmed', nonEmpty, '  DEU ', { output: 'DEU' }],
    ['blank text', nonEmpty, '   ', { issues: [': must not be empty'] }],
    ['a known currency', currencySchema, 'NOK', { output: 'NOK' }],
    ['an unknown currency', currencySchema, 'RUB', { issues: [': Invalid input'] }],
    ['a number', finiteNumber, 1.5, { output: 1.5 }],
    ['NaN is not a number', finiteNumber, Number.NaN, { issues: [': Invalid input'] }],
    ['infinity is not a number', finiteNumber, Infinity, { issues: [': Invalid input'] }],
    [
      'a source keeps what it knows and drops unknown keys',
      sourceSchema,
      { title: ' T ', url: 'https://a.example/x', date: null, extra: 1 },
      { output: { title: 'T', url: 'https://a.example/x', date: null } },
    ],
    [
      'a source with a bundled copy and a reliability tag',
      sourceSchema,
      { title: 'T', url: 'data/sources/a.txt', date: '2025-12', reliability: 'wire' },
      { output: { title: 'T', url: 'data/sources/a.txt', date: '2025-12', reliability: 'wire' } },
    ],
    [
      'a source: every bad field is named, in order',
      sourceSchema,
      { title: '', url: 'javascript:alert(1)', reliability: 'blog' },
      {
        issues: [
          'title: must not be empty',
          'url: expected an http or https address, or a bundled copy under data/sources/',
          'date: Invalid input',
          'reliability: Invalid input',
        ],
      },
    ],
    ['a list is not an object', sourceSchema, [1, 2], { issues: [': Invalid input'] }],
    ['null is not an object', sourceSchema, null, { issues: [': Invalid input'] }],
  ] as const)('%s', (_name, schema, value, expected) => {
    expect(check(schema, value)).toEqual(expected);
  });

  it('words a list where an object belongs with the given wording', () => {
    const wording = (issue: v.BaseIssue<unknown>) => `${issue.type}/${issue.received}`;
    expect(check(sourceSchema, [], wording)).toEqual({ issues: [': object/Array'] });
  });

  it('names list positions and keys in the path', () => {
    const schema = v.object({ rows: v.array(v.object({ n: v.number() })) });
    expect(
      issuePath(v.safeParse(schema, { rows: [{ n: 1 }, { n: 'x' }] }).issues?.[0] ?? {}),
    ).toEqual(['rows', 1, 'n']);
  });
});
