/** Small pure helpers for reading URL parameter values safely. */
import { messages } from '@/lib/i18n/messages';

/** Longest value echoed back to the user in a notice. */
export const ECHO_LIMIT = 40;
/** Longest parameter value that is read at all. */
export const VALUE_LIMIT = 2000;

// Control characters and bidirectional overrides could hide or reorder echoed text.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value as it may be shown back to the user: unsafe characters replaced, at most
 * `ECHO_LIMIT` characters (code points), with "…" when it was cut. Always plain text.
 */
export function echoValue(value: string): string {
  const clean = value.replace(UNSAFE_CHARS, '\uFFFD');
  const chars = Array.from(clean);
  return chars.length > ECHO_LIMIT ? `${chars.slice(0, ECHO_LIMIT).join('')}…` : clean;
}

/** Splits a list parameter on `~` (commas are accepted too), trimming and dropping empty items. */
export function splitList(value: string): string[] {
  return value
    .split(/[~,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const MONTH_OR_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2099;

export type MonthResult = { ok: true; month: string } | { ok: false; reason: string };

/**
 * Reads `YYYY-MM`, or a full date `YYYY-MM-DD` truncated to its month (older links carried
 * days). The month and day must be real, the year between MIN_YEAR and MAX_YEAR. The reason for
 * a refusal is worded in the interface language.
 */
export function parseMonth(raw: string): MonthResult {
  const text = messages().urlNotes;
  const match = MONTH_OR_DATE.exec(raw.trim());
  if (!match) return { ok: false, reason: text.notMonth };
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { ok: false, reason: text.notMonth };
  if (match[3] !== undefined) {
    const day = Number(match[3]);
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return { ok: false, reason: text.notDate };
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, reason: text.yearOutside(String(MIN_YEAR), String(MAX_YEAR)) };
  }
  return { ok: true, month: `${match[1]}-${match[2]}` };
}
