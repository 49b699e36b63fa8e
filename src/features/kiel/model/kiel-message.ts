import { formatDecimal } from '@/lib/format';
import { getLocale, type Locale } from '@/lib/i18n/locale';
import { messages, type Messages } from '@/lib/i18n/messages';
import { kielText } from '../kiel-text';
import type { KielText } from '../kiel-text';

type Rows = KielText['rows'];
type CsvWords = Messages['csv'];
/** A value inside a message: text as found in the file, or a number formatted when worded. */
type Arg = string | number;
type ArgsOf<Words, K extends keyof Words> = Words[K] extends (...args: infer A) => string
  ? { [I in keyof A]: A[I] extends string ? Arg : A[I] }
  : [];

/**
 * Why a row (or the file) of a Kiel file could not be read: a code and its values, worded only
 * when shown (`wordKielMessage`), so that a parse cached or stored in one language reads in the
 * language in use. `dict` says where the words live: the Kiel charts' `rows`, or the CSV reader's.
 */
export type KielMessage =
  | { readonly dict: 'kiel'; readonly code: keyof Rows; readonly args: readonly Arg[] }
  | { readonly dict: 'csv'; readonly code: keyof CsvWords; readonly args: readonly Arg[] };

export function kielMessage<K extends keyof Rows>(code: K, ...args: ArgsOf<Rows, K>): KielMessage {
  return { dict: 'kiel', code, args: args as readonly Arg[] };
}

export function csvMessage<K extends keyof CsvWords>(
  code: K,
  ...args: ArgsOf<CsvWords, K>
): KielMessage {
  return { dict: 'csv', code, args: args as readonly Arg[] };
}

/**
 * A number from the file inside a message: as JavaScript writes it in English (unchanged for the
 * data checker and the CLI), in the language's format otherwise ("1,5").
 */
export function showNumber(value: number, locale: Locale = getLocale()): string {
  return locale === 'en' ? String(value) : formatDecimal(value, 12, locale);
}

/** A number for a message: plain when short, else in exponent form (never 300 digits). */
export function shortNumber(value: number, locale: Locale = getLocale()): string {
  return Math.abs(value) < 1e9 ? showNumber(value, locale) : value.toExponential(2);
}

type Wording = string | ((...args: string[]) => string);

/**
 * The message in `locale` (default: the language in use). A plain string is a message stored by an
 * earlier version of the app (an imported data set in this browser): shown as it was stored.
 */
export function wordKielMessage(
  message: KielMessage | string,
  locale: Locale = getLocale(),
): string {
  if (typeof message === 'string') return message;
  const words: Record<string, Wording> =
    message.dict === 'kiel' ? kielText(locale).rows : messages(locale).csv;
  const wording = words[message.code];
  const args = message.args.map((arg) =>
    typeof arg === 'number' ? shortNumber(arg, locale) : arg,
  );
  if (typeof wording === 'function') return wording(...args);
  return wording ?? message.code;
}
