import { describe, expect, it } from 'vitest';
import { checkMonthField, rangeOrderError, type MonthCheck } from './month-range';

const bounds = { min: '2022-01', max: '2026-06' };

describe('checkMonthField', () => {
  it.each<[string, MonthCheck]>([
    ['', { ok: true, value: null }],
    ['  ', { ok: true, value: null }],
    ['2025-08', { ok: true, value: '2025-08' }],
    ['2022-01', { ok: true, value: '2022-01' }],
    ['2026-06', { ok: true, value: '2026-06' }],
    ['2021-12', { ok: false, error: 'Choose Jan 2022 or later.' }],
    ['2026-07', { ok: false, error: 'Choose Jun 2026 or earlier.' }],
    ['2025-13', { ok: false, error: 'Enter a month as YYYY-MM, e.g. 2025-08.' }],
    ['2025-8', { ok: false, error: 'Enter a month as YYYY-MM, e.g. 2025-08.' }],
    ['2025-08-01', { ok: false, error: 'Enter a month as YYYY-MM, e.g. 2025-08.' }],
    ['Aug 2025', { ok: false, error: 'Enter a month as YYYY-MM, e.g. 2025-08.' }],
  ])('%j', (raw, expected) => {
    expect(checkMonthField(raw, bounds)).toEqual(expected);
  });
});

describe('rangeOrderError', () => {
  it.each<[string | null, string | null, 'from' | 'to', string | null]>([
    [null, null, 'from', null],
    ['2025-08', null, 'from', null],
    [null, '2025-08', 'to', null],
    ['2025-08', '2025-08', 'to', null],
    ['2025-08', '2026-01', 'from', null],
    ['2026-01', '2025-08', 'from', '“From” must not be after “To” (Aug 2025).'],
    ['2026-01', '2025-08', 'to', '“To” must not be before “From” (Jan 2026).'],
  ])('%j..%j changed %s', (from, to, changed, expected) => {
    expect(rangeOrderError(from, to, changed)).toBe(expected);
  });
});
