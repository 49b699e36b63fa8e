import type { z } from 'zod/mini';
import { formatDecimal } from '@/lib/format';
import { formatPath } from '@/lib/format-path';
import { getLocale } from '@/lib/i18n/locale';
import { messages, type Messages } from '@/lib/i18n/messages';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const MAX_SHOWN = 40;

/** A short, inert rendering of a value from the file: quoted text (cut), numbers, null. */
export function showValue(value: unknown): string | null {
  if (typeof value === 'string') {
    const cut = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  return null;
}

type KindKey = keyof Messages['pledgeRows']['kinds'];
const isKind = (kind: string, kinds: object): kind is KindKey => Object.hasOwn(kinds, kind);

/** A limit from the schema, in the interface language's number format. */
const number = (value: number | bigint) => formatDecimal(Number(value), 6);

/**
 * Plain wording for schema issues that carry no message of their own (zod/mini has no locale), in
 * the interface language: "must be positive" / "muss positiv sein", "missing" / "fehlt",
 * "expected one of EUR, USD". Returns undefined to keep a message the schema set (English keeps
 * zod's own words for issues not listed here; German says "ungültiger Wert").
 */
export function rowIssueWording(issue: RawIssue): string | undefined {
  const text = messages().pledgeRows;
  const fallback = getLocale() === 'en' ? undefined : text.invalid;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return text.missing;
      return text.expected(
        isKind(issue.expected, text.kinds) ? text.kinds[issue.expected] : issue.expected,
      );
    case 'invalid_value':
      return issue.input === undefined ? text.missing : text.oneOf(issue.values.join(', '));
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'number') {
        if (minimum === 0 && !issue.inclusive) return text.positive;
        return issue.inclusive ? text.atLeast(number(minimum)) : text.moreThan(number(minimum));
      }
      if (issue.origin === 'array') return text.minEntries(minimum, number(minimum));
      if (issue.origin === 'string') return text.minCharacters(minimum, number(minimum));
      return fallback;
    }
    case 'too_big':
      if (issue.origin === 'number') return text.atMost(number(issue.maximum));
      return fallback;
    default:
      return fallback;
  }
}

/**
 * The messages the shared schemas set themselves are English (src/lib/schema-primitives.ts);
 * they are put into the interface language here. Other messages are kept as they are.
 */
function localiseSchemaMessage(message: string): string {
  if (getLocale() === 'en') return message;
  const english = messages('en').pledgeRows.schema;
  const local = messages().pledgeRows.schema;
  const key = (Object.keys(english) as (keyof typeof english)[]).find(
    (name) => english[name] === message,
  );
  return key ? local[key] : message;
}

/**
 * "amount: must be positive (got -5)" / "amount: muss positiv sein (erhalten: -5)"; the path is
 * relative to the row (field names stay as in the file), "(row)" for the row itself.
 */
export function describeRowIssue(issue: Issue): string {
  const text = messages().pledgeRows;
  const where = formatPath(issue.path) || text.wholeRow;
  const shown = issue.input === undefined ? null : showValue(issue.input);
  return text.issue(where, localiseSchemaMessage(issue.message), shown);
}
