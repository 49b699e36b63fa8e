import type * as v from 'valibot';
import { formatDecimal } from '@/lib/format';
import { formatPath } from '@/lib/format-path';
import { getLocale } from '@/lib/i18n/locale';
import { messages } from '@/lib/i18n/messages';
import { issuePath } from '@/lib/schema-primitives';

type Issue = v.BaseIssue<unknown>;

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

/** A limit from the schema, in the interface language's number format. */
const number = (value: number | bigint) => formatDecimal(Number(value), 6);

/** `("EUR" | "USD")` or `"month"` (what valibot expected of a picklist or literal) -> `EUR, USD`. */
const listedValues = (expected: string | null) =>
  (expected ?? '')
    .replace(/^\((.*)\)$/, '$1')
    .split(' | ')
    .map((value) => value.replace(/^"(.*)"$/, '$1'))
    .join(', ');

/**
 * Plain wording for schema issues that carry no message of their own, in the interface language:
 * "must be positive" / "muss positiv sein", "missing" / "fehlt", "expected one of EUR, USD". Pass
 * it as the parse config's message: a message the schema sets itself wins over it. Issues not
 * listed here read "Invalid input" / "ungültiger Wert".
 */
export function rowIssueWording(issue: Issue): string {
  const text = messages().pledgeRows;
  if (issue.input === undefined) return text.missing;
  const limit = Number(issue.requirement);
  switch (issue.type) {
    case 'string':
    case 'number':
    case 'array':
    case 'object':
    case 'boolean':
    case 'null':
      return text.expected(text.kinds[issue.type]);
    case 'finite':
      return text.expected(text.kinds.number);
    case 'picklist':
    case 'literal':
      return text.oneOf(listedValues(issue.expected));
    case 'gt_value':
      return limit === 0 ? text.positive : text.moreThan(number(limit));
    case 'min_value':
      return text.atLeast(number(limit));
    case 'max_value':
      return text.atMost(number(limit));
    case 'min_length':
      if (Array.isArray(issue.input)) return text.minEntries(limit, number(limit));
      if (typeof issue.input === 'string') return text.minCharacters(limit, number(limit));
      return text.invalid;
    default:
      return text.invalid;
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
  const where = formatPath(issuePath(issue)) || text.wholeRow;
  const shown = issue.input === undefined ? null : showValue(issue.input);
  return text.issue(where, localiseSchemaMessage(issue.message), shown);
}
