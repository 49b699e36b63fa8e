import { formatMonth } from '@/lib/format';

export interface MonthBounds {
  min: string;
  max: string;
}

export type MonthCheck = { ok: true; value: string | null } | { ok: false; error: string };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Checks what a month field holds: '' is an open end (null), else a YYYY-MM within bounds. */
export function checkMonthField(raw: string, bounds: MonthBounds): MonthCheck {
  const value = raw.trim();
  if (value === '') return { ok: true, value: null };
  if (!MONTH.test(value)) return { ok: false, error: 'Enter a month as YYYY-MM, e.g. 2025-08.' };
  if (value < bounds.min)
    return { ok: false, error: `Choose ${formatMonth(bounds.min)} or later.` };
  if (value > bounds.max)
    return { ok: false, error: `Choose ${formatMonth(bounds.max)} or earlier.` };
  return { ok: true, value };
}

/** The message for a reversed range, shown on the field that was just changed; null when in order. */
export function rangeOrderError(
  from: string | null,
  to: string | null,
  changed: 'from' | 'to',
): string | null {
  if (from === null || to === null || from <= to) return null;
  return changed === 'from'
    ? `“From” must not be after “To” (${formatMonth(to)}).`
    : `“To” must not be before “From” (${formatMonth(from)}).`;
}
