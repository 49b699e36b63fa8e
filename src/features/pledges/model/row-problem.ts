import { formatDecimal } from '@/lib/format';
import { getLocale, type Locale } from '@/lib/i18n/locale';
import { messages, type Messages } from '@/lib/i18n/messages';

type Words = Messages['pledgeRows'];

/** A row named inside a reason ("row 5 (P005)"): worded when shown, like the reason. */
export interface RowRef {
  index: number;
  id: string | null;
}

/**
 * Why a row of pledges.json (or an imported pledge list) was refused: a code and its values,
 * worded only when shown (`wordRowReason`), so that a parse cached or stored in one language reads
 * in the language in use. Values from the file stay as found; limits are numbers, formatted then.
 */
export type RowReason =
  | { readonly code: 'missing' | 'positive' | 'invalid' }
  | { readonly code: 'packageNeedsTwo' | 'packageNotShare' | 'cycle' }
  | { readonly code: 'expected'; readonly kind: keyof Words['kinds'] }
  | { readonly code: 'oneOf'; readonly values: string }
  | { readonly code: 'atLeast' | 'moreThan' | 'atMost'; readonly limit: number }
  | { readonly code: 'minEntries' | 'minCharacters'; readonly limit: number }
  /** A message a shared schema sets itself (schema-primitives.ts), by its key. */
  | { readonly code: 'schema'; readonly key: keyof Words['schema'] }
  /** A message a schema sets itself that has no key: shown as the schema words it. */
  | { readonly code: 'own'; readonly text: string }
  | {
      readonly code: 'duplicateId' | 'missingTarget' | 'notPackage' | 'noRate';
      readonly value: string;
    }
  | { readonly code: 'alreadyUsed'; readonly value: string; readonly row: RowRef }
  | { readonly code: 'leftOutTarget'; readonly value: string; readonly row: RowRef }
  | {
      readonly code: 'donorNotInPackage';
      readonly donors: string;
      readonly pkg: string;
      readonly pkgDonors: string;
    };

/** One problem of a row: the field (path inside the row, '' for the row itself), why, the value. */
export interface RowProblem {
  readonly field: string;
  readonly reason: RowReason;
  /** The value found, already rendered inert (`showValue`), or null when not shown. */
  readonly shown: string | null;
}

/** "row 5 (P005)" / "Zeile 5 (P005)": how a row is named on screen (1-based). */
export function wordRowRef(row: RowRef, locale: Locale = getLocale()): string {
  return messages(locale).pledgeRows.row(String(row.index + 1), row.id);
}

/** The reason in `locale` (default: the language in use): "must be positive", "muss positiv sein". */
export function wordRowReason(reason: RowReason, locale: Locale = getLocale()): string {
  const text = messages(locale).pledgeRows;
  const number = (value: number) => formatDecimal(value, 6, locale);
  switch (reason.code) {
    case 'missing':
    case 'positive':
    case 'invalid':
    case 'packageNeedsTwo':
    case 'packageNotShare':
    case 'cycle':
      return text[reason.code];
    case 'expected':
      return text.expected(text.kinds[reason.kind]);
    case 'oneOf':
      return text.oneOf(reason.values);
    case 'atLeast':
    case 'moreThan':
    case 'atMost':
      return text[reason.code](number(reason.limit));
    case 'minEntries':
    case 'minCharacters':
      return text[reason.code](reason.limit, number(reason.limit));
    case 'schema':
      return text.schema[reason.key];
    case 'own':
      return reason.text;
    case 'duplicateId':
    case 'missingTarget':
    case 'notPackage':
    case 'noRate':
      return text[reason.code](reason.value);
    case 'alreadyUsed':
    case 'leftOutTarget':
      return text[reason.code](reason.value, wordRowRef(reason.row, locale));
    case 'donorNotInPackage':
      return text.donorNotInPackage(reason.donors, reason.pkg, reason.pkgDonors);
  }
}

/**
 * "amount: must be positive (got -5)" / "amount: muss positiv sein (erhalten: -5)"; field names
 * stay as in the file, "(row)" / "(Zeile)" for the row itself. A plain string is a problem stored
 * by an earlier version of the app (an imported data set in this browser): shown as it was stored.
 */
export function wordRowProblem(problem: RowProblem | string, locale: Locale = getLocale()): string {
  if (typeof problem === 'string') return problem;
  const text = messages(locale).pledgeRows;
  return text.issue(
    problem.field || text.wholeRow,
    wordRowReason(problem.reason, locale),
    problem.shown,
  );
}
