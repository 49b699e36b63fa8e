import type { z } from 'zod/mini';
import { formatPath } from '@/lib/format-path';

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

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
  null: 'null',
};

const count = (n: number | bigint, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Plain-English wording for schema issues that carry no message of their own (zod/mini has no
 * locale): "must be positive", "missing", "expected one of EUR, USD". Returns undefined to keep
 * a message the schema set.
 */
export function rowIssueWording(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'missing'
        : `expected ${KINDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.input === undefined ? 'missing' : `expected one of ${issue.values.join(', ')}`;
    case 'too_small':
      if (issue.origin === 'number') {
        if (issue.minimum === 0 && !issue.inclusive) return 'must be positive';
        return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
      }
      if (issue.origin === 'array')
        return `needs at least ${count(issue.minimum, 'entry', 'entries')}`;
      if (issue.origin === 'string')
        return `needs at least ${count(issue.minimum, 'character', 'characters')}`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'number') {
        return `must be at most ${issue.maximum.toLocaleString('en-GB')}`;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** "amount: must be positive (got -5)"; the path is relative to the row, "(row)" for the row. */
export function describeRowIssue(issue: Issue): string {
  const where = formatPath(issue.path) || '(row)';
  const shown = issue.input === undefined ? null : showValue(issue.input);
  return `${where}: ${issue.message}${shown === null ? '' : ` (got ${shown})`}`;
}
