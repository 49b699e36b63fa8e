// @vitest-environment node
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { IntegrityProblem } from './integrity';
import type { ParsedPledgeFile } from './parse-pledge-rows';
import { wordRowProblem, wordRowReason, type RowProblem, type RowReason } from './row-problem';

/** One reason of every code, with the English and German words it must give. */
const samples: [RowReason, string, string][] = [
  [{ code: 'missing' }, 'missing', 'fehlt'],
  [{ code: 'positive' }, 'must be positive', 'muss positiv sein'],
  [{ code: 'invalid' }, 'Invalid input', 'ungültiger Wert'],
  [{ code: 'expected', kind: 'number' }, 'expected a number', 'erwartet: eine Zahl'],
  [
    { code: 'oneOf', values: 'EUR, USD' },
    'expected one of EUR, USD',
    'erwartet: einer der Werte EUR, USD',
  ],
  [{ code: 'atLeast', limit: 1000.5 }, 'must be at least 1,000.5', 'muss mindestens 1.000,5 sein'],
  [{ code: 'moreThan', limit: 1 }, 'must be more than 1', 'muss größer als 1 sein'],
  [
    { code: 'atMost', limit: 1e13 },
    'must be at most 10,000,000,000,000',
    'darf höchstens 10.000.000.000.000 sein',
  ],
  [{ code: 'minEntries', limit: 1 }, 'needs at least 1 entry', 'braucht mindestens 1 Eintrag'],
  [
    { code: 'minCharacters', limit: 3 },
    'needs at least 3 characters',
    'braucht mindestens 3 Zeichen',
  ],
  [
    { code: 'schema', key: 'pledgeId' },
    'expected an id such as P019',
    'erwartet: eine ID wie P019',
  ],
  [{ code: 'duplicateId', value: 'P1' }, 'duplicate id P1', ''],
  [
    { code: 'missingTarget', value: 'P9' },
    'points to P9, which does not exist',
    'verweist auf P9, das es nicht gibt',
  ],
  [{ code: 'notPackage', value: 'P9' }, 'points to P9, which is not a package-total', ''],
  [{ code: 'noRate', value: 'NOK' }, 'no FX rate for NOK', 'kein Referenzkurs für NOK'],
  [
    { code: 'alreadyUsed', value: 'P3', row: { index: 4, id: null } },
    'P3 is already used by row 5',
    'P3 wird bereits von Zeile 5 verwendet',
  ],
  [
    { code: 'leftOutTarget', value: 'P3', row: { index: 0, id: 'P3' } },
    'points to P3, which was left out (row 1 (P3))',
    'verweist auf P3, das ausgelassen wurde (Zeile 1 (P3))',
  ],
  [
    { code: 'donorNotInPackage', donors: 'DEU', pkg: 'P9', pkgDonors: 'POL' },
    "donor DEU is not among P9's donors (POL)",
    'Geber DEU gehört nicht zu den Gebern von P9 (POL)',
  ],
  [{ code: 'packageNeedsTwo' }, 'a package-total needs at least two donors', ''],
  [{ code: 'packageNotShare' }, 'a package-total cannot be a share of another package', ''],
  [
    { code: 'cycle' },
    'includedIn links form a cycle',
    'die includedIn-Verweise bilden einen Kreis',
  ],
];

describe('wordRowReason', () => {
  it.each(samples)('%o in English and German', (reason, english, german) => {
    expect(wordRowReason(reason, 'en')).toBe(english);
    const worded = wordRowReason(reason, 'de');
    if (german) expect(worded).toBe(german);
    // Every code has German words of its own (no English sentence falls through).
    expect(worded).not.toBe(english);
  });

  it('a problem stored as text by an earlier version is shown as stored', () => {
    expect(wordRowProblem('amount: must be positive', 'de')).toBe('amount: must be positive');
  });
});

describe('guard: what the parse keeps holds no worded reason', () => {
  it('rejected rows keep RowProblem codes; integrity problems keep a RowReason', () => {
    expectTypeOf<ParsedPledgeFile['rejected'][number]['problems']>().toEqualTypeOf<RowProblem[]>();
    expectTypeOf<keyof RowProblem>().toEqualTypeOf<'field' | 'reason' | 'shown'>();
    expectTypeOf<keyof IntegrityProblem>().toEqualTypeOf<'id' | 'field' | 'reason'>();
    // The one free text a reason may hold is a schema's own message without a dictionary key.
    type TextFields<T> = T extends unknown
      ? { [K in keyof T]: string extends T[K] ? K : never }[keyof T]
      : never;
    expectTypeOf<TextFields<RowReason>>().toEqualTypeOf<
      'values' | 'value' | 'text' | 'donors' | 'pkg' | 'pkgDonors'
    >();
  });
});
