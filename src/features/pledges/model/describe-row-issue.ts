import type * as v from 'valibot';
import { formatPath } from '@/lib/format-path';
import { messages } from '@/lib/i18n/messages';
import { issuePath } from '@/lib/schema-primitives';
import type { RowProblem, RowReason } from './row-problem';

type Issue = v.BaseIssue<unknown>;

const MAX_SHOWN = 40;

/**
 * What valibot sets as an issue's message where the schema sets none (pass it as the parse config's
 * message): `rowProblemOf` then keeps the issue's type and limit as a code, worded when shown. A
 * message the schema sets itself wins over it and is kept (by key when the dictionary has it).
 */
export const NO_OWN_MESSAGE = '\u0000no own message';

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

/** `("EUR" | "USD")` or `"month"` (what valibot expected of a picklist or literal) -> `EUR, USD`. */
const listedValues = (expected: string | null) =>
  (expected ?? '')
    .replace(/^\((.*)\)$/, '$1')
    .split(' | ')
    .map((value) => value.replace(/^"(.*)"$/, '$1'))
    .join(', ');

/** The code of an issue the schema sets no message for: missing, wrong type, out of range... */
function plainReason(issue: Issue): RowReason {
  if (issue.input === undefined) return { code: 'missing' };
  const limit = Number(issue.requirement);
  switch (issue.type) {
    case 'string':
    case 'number':
    case 'array':
    case 'object':
    case 'boolean':
    case 'null':
      return { code: 'expected', kind: issue.type };
    case 'finite':
      return { code: 'expected', kind: 'number' };
    case 'picklist':
    case 'literal':
      return { code: 'oneOf', values: listedValues(issue.expected) };
    case 'gt_value':
      return limit === 0 ? { code: 'positive' } : { code: 'moreThan', limit };
    case 'min_value':
      return { code: 'atLeast', limit };
    case 'max_value':
      return { code: 'atMost', limit };
    case 'min_length':
      if (Array.isArray(issue.input)) return { code: 'minEntries', limit };
      if (typeof issue.input === 'string') return { code: 'minCharacters', limit };
      return { code: 'invalid' };
    default:
      return { code: 'invalid' };
  }
}

/**
 * The reason of an issue parsed with `NO_OWN_MESSAGE`: its code, or the schema's own message (the
 * shared schemas' English messages by key, so that they are worded in the language in use).
 */
export function rowIssueReason(issue: Issue): RowReason {
  if (issue.message === NO_OWN_MESSAGE) return plainReason(issue);
  const english = messages('en').pledgeRows.schema;
  const key = (Object.keys(english) as (keyof typeof english)[]).find(
    (name) => english[name] === issue.message,
  );
  return key ? { code: 'schema', key } : { code: 'own', text: issue.message };
}

/** The problem an issue names: field relative to the row ('' for the row), reason, value found. */
export function rowProblemOf(issue: Issue): RowProblem {
  return {
    field: formatPath(issuePath(issue)),
    reason: rowIssueReason(issue),
    shown: issue.input === undefined ? null : showValue(issue.input),
  };
}
