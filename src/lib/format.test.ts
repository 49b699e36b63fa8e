// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatCount,
  formatDecimal,
  formatEur,
  formatEurMillions,
  formatMoney,
  formatMonth,
  formatNumber,
  formatScaledMoney,
  formatSourceDate,
  type ScaledMoneyOptions,
} from './format';
import { setLocale, type Locale } from './i18n/locale';

/** German output uses no-break spaces; the tables below write them as plain spaces. */
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

function inLocale<T>(locale: Locale, run: () => T): T {
  setLocale(locale);
  return run();
}

afterEach(() => setLocale('en'));

describe('formatMoney', () => {
  const cases: [number, string, string, string][] = [
    // amount, currency, English, German
    [500e6, 'EUR', '€500M', '500 Mio. €'],
    [1.5e9, 'EUR', '€1.5B', '1,5 Mrd. €'],
    [1.25e9, 'EUR', '€1.25B', '1,25 Mrd. €'],
    [32.5e9, 'EUR', '€32.5B', '32,5 Mrd. €'],
    [120e9, 'EUR', '€120B', '120 Mrd. €'],
    [1000e9, 'EUR', '€1,000B', '1.000 Mrd. €'],
    [12.5e6, 'EUR', '€12.5M', '12,5 Mio. €'],
    [12e3, 'EUR', '€12K', '12 Tsd. €'],
    [950, 'EUR', '€950', '950 €'],
    [0, 'EUR', '€0', '0 €'],
    [-200e6, 'EUR', '-€200M', '-200 Mio. €'],
    [500e6, 'USD', 'USD 500M', '500 Mio. USD'],
    [2e9, 'NOK', 'NOK 2B', '2 Mrd. NOK'],
    [471.9e9, 'JPY', 'JPY 472B', '472 Mrd. JPY'],
    [Number.NaN, 'EUR', '–', '–'],
    [Number.POSITIVE_INFINITY, 'USD', '–', '–'],
  ];
  it.each(cases)('%d %s -> %s / %s', (amount, currency, en, de) => {
    expect(inLocale('en', () => formatMoney(amount, currency))).toBe(en);
    expect(plain(inLocale('de', () => formatMoney(amount, currency)))).toBe(de);
  });

  it('keeps German figures together with no-break spaces', () => {
    expect(inLocale('de', () => formatMoney(1.5e9, 'EUR'))).toBe('1,5\u00a0Mrd.\u00a0€');
  });

  it('formatEur is formatMoney in EUR', () => {
    expect(inLocale('en', () => formatEur(86e6))).toBe('€86M');
    expect(plain(inLocale('de', () => formatEur(86e6)))).toBe('86 Mio. €');
  });
});

describe('formatScaledMoney', () => {
  const cases: [string, number, string, number, ScaledMoneyOptions, string, string][] = [
    // name, amount, currency, decimals, options, English, German
    ['gap, one decimal', 135.7e9, 'EUR', 1, {}, '€135.7B', '135,7 Mrd. €'],
    ['trailing zero kept', 137e9, 'EUR', 1, {}, '€137.0B', '137,0 Mrd. €'],
    ['calculator, two decimals', 3.15e9, 'EUR', 2, {}, '€3.15B', '3,15 Mrd. €'],
    ['zero, two decimals', 0, 'EUR', 2, {}, '€0.00B', '0,00 Mrd. €'],
    ['thousands separator', 3601.75e9, 'EUR', 1, {}, '€3,601.8B', '3.601,8 Mrd. €'],
    ['other currency', 8.1e9, 'USD', 1, {}, 'USD 8.1B', '8,1 Mrd. USD'],
    ['other currency, whole', 85e9, 'NOK', 0, {}, 'NOK 85B', '85 Mrd. NOK'],
    ['millions', 245e6, 'EUR', 0, { scale: 'm' }, '€245M', '245 Mio. €'],
    ['millions, other currency', 12.5e6, 'GBP', 1, { scale: 'm' }, 'GBP 12.5M', '12,5 Mio. GBP'],
    ['negative: true minus', -4.6e9, 'EUR', 1, {}, '−€4.6B', '−4,6 Mrd. €'],
    ['negative, other currency', -11.5e9, 'USD', 1, {}, '−USD 11.5B', '−11,5 Mrd. USD'],
    ['negative rounding to zero', -0.01e9, 'EUR', 1, {}, '€0.0B', '0,0 Mrd. €'],
    ['negative zero', -0, 'EUR', 2, {}, '€0.00B', '0,00 Mrd. €'],
    ['range', 3e9, 'EUR', 0, { upTo: 4e9 }, '€3–4B', '3–4 Mrd. €'],
    ['range, other currency', 150e9, 'USD', 0, { upTo: 170e9 }, 'USD 150–170B', '150–170 Mrd. USD'],
    [
      'range, own decimals',
      3e9,
      'EUR',
      0,
      { upTo: 4.5e9, upToDecimals: 1 },
      '€3–4.5B',
      '3–4,5 Mrd. €',
    ],
    ['not finite', Number.NaN, 'EUR', 1, {}, '–', '–'],
    ['range end not finite', 3e9, 'EUR', 0, { upTo: Number.POSITIVE_INFINITY }, '–', '–'],
  ];
  it.each(cases)('%s', (_name, amount, currency, decimals, options, en, de) => {
    expect(inLocale('en', () => formatScaledMoney(amount, currency, decimals, options))).toBe(en);
    expect(
      plain(inLocale('de', () => formatScaledMoney(amount, currency, decimals, options))),
    ).toBe(de);
  });

  it('keeps figures together with no-break spaces in German, none in English', () => {
    expect(inLocale('de', () => formatScaledMoney(4.6e9, 'EUR', 1))).toBe('4,6\u00a0Mrd.\u00a0€');
    expect(inLocale('en', () => formatScaledMoney(8.1e9, 'USD', 1))).toBe('USD 8.1B');
  });
});

describe('formatCompact', () => {
  const cases: [number, string, string][] = [
    [500e6, '500M', '500 Mio.'],
    [1.5e9, '1.5B', '1,5 Mrd.'],
    [9.99e6, '10M', '10 Mio.'],
    [150e6, '150M', '150 Mio.'],
    [12e3, '12K', '12 Tsd.'],
    [950, '950', '950'],
    [0.5, '0.5', '0,5'],
    [-1.5e9, '-1.5B', '-1,5 Mrd.'],
  ];
  it.each(cases)('%d -> %s / %s', (amount, en, de) => {
    expect(inLocale('en', () => formatCompact(amount))).toBe(en);
    expect(plain(inLocale('de', () => formatCompact(amount)))).toBe(de);
  });
});

describe('dates', () => {
  const cases: [string, string, string][] = [
    ['2025-12-03', '3 Dec 2025', '3. Dez. 2025'],
    ['2025-03-14', '14 Mar 2025', '14. März 2025'],
    ['2025-06-01', '1 Jun 2025', '1. Juni 2025'],
    ['2025-09-30', '30 Sep 2025', '30. Sept. 2025'],
    ['2025-12', 'Dec 2025', 'Dez. 2025'],
    ['2025-05', 'May 2025', 'Mai 2025'],
    ['2025-13', '2025-13', '2025-13'],
    ['December 2025', 'December 2025', 'December 2025'],
    ['', '', ''],
  ];
  it.each(cases)('%s -> %s / %s', (value, en, de) => {
    expect(inLocale('en', () => formatSourceDate(value))).toBe(en);
    expect(inLocale('de', () => formatSourceDate(value))).toBe(de);
    expect(inLocale('de', () => formatMonth(value))).toBe(de);
  });
});

describe('plain numbers', () => {
  const cases: [string, () => string, string, string][] = [
    ['EUR million, one decimal', () => formatEurMillions(1234.56e6), '1,234.6', '1.234,6'],
    ['EUR million, not finite', () => formatEurMillions(Number.NaN), '–', '–'],
    ['fixed decimals', () => formatNumber(0.392, 2), '0.39', '0,39'],
    ['fixed decimals, thousands', () => formatNumber(12345.6, 1), '12,345.6', '12.345,6'],
    ['count', () => formatCount(100000), '100,000', '100.000'],
    ['count below a thousand', () => formatCount(52), '52', '52'],
    ['decimal, at most one digit', () => formatDecimal(1250.25, 1), '1,250.3', '1.250,3'],
    ['decimal, integer', () => formatDecimal(4000), '4,000', '4.000'],
  ];
  it.each(cases)('%s', (_name, run, en, de) => {
    expect(inLocale('en', run)).toBe(en);
    expect(inLocale('de', run)).toBe(de);
  });
});
