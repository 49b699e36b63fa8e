import { formatMonth } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';

export interface MonthBounds {
  min: string;
  max: string;
}

export type MonthCheck = { ok: true; value: string | null } | { ok: false; error: string };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Checks what a month field holds: '' is an open end (null), else a YYYY-MM within bounds. The
 * error is worded in the interface language.
 */
export function checkMonthField(raw: string, bounds: MonthBounds): MonthCheck {
  const value = raw.trim();
  if (value === '') return { ok: true, value: null };
  const text = messages().urlNotes;
  if (!MONTH.test(value)) return { ok: false, error: text.monthFormat };
  if (value < bounds.min) return { ok: false, error: text.notBefore(formatMonth(bounds.min)) };
  if (value > bounds.max) return { ok: false, error: text.notAfter(formatMonth(bounds.max)) };
  return { ok: true, value };
}

/** The message for a reversed range, shown on the field that was just changed; null when in order. */
export function rangeOrderError(
  from: string | null,
  to: string | null,
  changed: 'from' | 'to',
): string | null {
  if (from === null || to === null || from <= to) return null;
  const text = messages().urlNotes;
  return changed === 'from'
    ? text.fromAfterTo(formatMonth(to))
    : text.toBeforeFrom(formatMonth(from));
}
