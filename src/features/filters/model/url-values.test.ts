// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/lib/i18n/locale';
import { echoValue, parseMonth, splitList } from './url-values';

describe('parseMonth', () => {
  it.each([
    ['2025-08', '2025-08'],
    ['2022-01', '2022-01'],
    ['2025-12', '2025-12'],
    [' 2025-08 ', '2025-08'],
    ['2025-08-14', '2025-08'],
    ['2024-02-29', '2024-02'],
    ['2099-12-31', '2099-12'],
  ])('reads %j as %s', (raw, month) => {
    expect(parseMonth(raw)).toEqual({ ok: true, month });
  });

  it.each([
    ['2025-13', 'not a month, expected YYYY-MM'],
    ['2025-00', 'not a month, expected YYYY-MM'],
    ['2025-8', 'not a month, expected YYYY-MM'],
    ['25-08', 'not a month, expected YYYY-MM'],
    ['2025/08', 'not a month, expected YYYY-MM'],
    ['August 2025', 'not a month, expected YYYY-MM'],
    ['2025-08-1', 'not a month, expected YYYY-MM'],
    ['2025-08T00', 'not a month, expected YYYY-MM'],
    ['', 'not a month, expected YYYY-MM'],
    ['2025-02-29', 'not a real date'],
    ['2025-04-31', 'not a real date'],
    ['2025-04-00', 'not a real date'],
    ['1999-12', 'year outside 2000–2099'],
    ['2100-01', 'year outside 2000–2099'],
  ])('rejects %j: %s', (raw, reason) => {
    expect(parseMonth(raw)).toEqual({ ok: false, reason });
  });
});

describe('echoValue', () => {
  it.each([
    ['POL', 'POL'],
    ['a'.repeat(40), 'a'.repeat(40)],
    ['a'.repeat(41), `${'a'.repeat(40)}…`],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['line\nbreak', 'line\uFFFDbreak'],
    ['\u202Eevil', '\uFFFDevil'],
    ['😀'.repeat(41), `${'😀'.repeat(40)}…`],
  ])('echoes %j as %j', (raw, shown) => {
    expect(echoValue(raw)).toBe(shown);
  });
});

describe('splitList', () => {
  it.each([
    ['POL~NOR~DEU', ['POL', 'NOR', 'DEU']],
    ['POL,NOR', ['POL', 'NOR']],
    ['~POL~~ NOR ~', ['POL', 'NOR']],
    ['', []],
    ['~~', []],
  ])('splits %j', (raw, items) => {
    expect(splitList(raw)).toEqual(items);
  });
});

describe('parseMonth in German', () => {
  afterEach(() => setLocale('en'));
  it.each([
    ['2025-13', 'kein Monat, erwartet: JJJJ-MM'],
    ['2025-02-29', 'kein gültiges Datum'],
    ['1999-12', 'Jahr außerhalb von 2000–2099'],
  ])('rejects %j: %s', (raw, reason) => {
    setLocale('de');
    expect(parseMonth(raw)).toEqual({ ok: false, reason });
  });
});
