// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/lib/i18n/locale';
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

describe('month checks in German', () => {
  afterEach(() => setLocale('en'));
  it.each<[string, MonthCheck]>([
    ['2021-12', { ok: false, error: 'Bitte Jan. 2022 oder später wählen.' }],
    ['2026-07', { ok: false, error: 'Bitte Juni 2026 oder früher wählen.' }],
    ['2025-13', { ok: false, error: 'Bitte einen Monat als JJJJ-MM eingeben, z. B. 2025-08.' }],
    ['2025-08', { ok: true, value: '2025-08' }],
  ])('checkMonthField %j', (raw, expected) => {
    setLocale('de');
    expect(checkMonthField(raw, bounds)).toEqual(expected);
  });

  it.each<['from' | 'to', string]>([
    ['from', '„Von“ darf nicht nach „Bis“ liegen (Aug. 2025).'],
    ['to', '„Bis“ darf nicht vor „Von“ liegen (Jan. 2026).'],
  ])('rangeOrderError, %s changed', (changed, expected) => {
    setLocale('de');
    expect(rangeOrderError('2026-01', '2025-08', changed)).toBe(expected);
  });
});
