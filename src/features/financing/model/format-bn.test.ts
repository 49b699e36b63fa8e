// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale, type Locale } from '@/lib/i18n/locale';
import { formatEurBn, formatOriginal } from './format-bn';

/** German output uses no-break spaces; the tables below write them as plain spaces. */
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

function inLocale(locale: Locale, run: () => string): string {
  setLocale(locale);
  return plain(run());
}

afterEach(() => setLocale('en'));

describe('formatEurBn', () => {
  const cases: [string, () => string, string, string][] = [
    ['need', () => formatEurBn(135.7e9), '€135.7B', '135,7 Mrd. €'],
    ['one decimal always', () => formatEurBn(137e9), '€137.0B', '137,0 Mrd. €'],
    ['rounded to one decimal', () => formatEurBn(4.5812e9), '€4.6B', '4,6 Mrd. €'],
    ['negative: true minus', () => formatEurBn(-11.5e9), '−€11.5B', '−11,5 Mrd. €'],
    ['signed, positive', () => formatEurBn(4.6e9, true), '+ €4.6B', '+ 4,6 Mrd. €'],
    ['signed, negative', () => formatEurBn(-4.6e9, true), '− €4.6B', '− 4,6 Mrd. €'],
    ['zero', () => formatEurBn(0), '€0.0B', '0,0 Mrd. €'],
  ];
  it.each(cases)('%s', (_name, run, en, de) => {
    expect(inLocale('en', run)).toBe(en);
    expect(inLocale('de', run)).toBe(de);
  });
});

describe('formatOriginal', () => {
  const cases: [string, () => string, string, string][] = [
    ['USD, one decimal', () => formatOriginal(8.1e9, 'USD'), 'USD 8.1B', '8,1 Mrd. USD'],
    ['NOK, whole', () => formatOriginal(85e9, 'NOK'), 'NOK 85B', '85 Mrd. NOK'],
    ['EUR, whole', () => formatOriginal(90e9, 'EUR'), '€90B', '90 Mrd. €'],
    ['EUR, one decimal', () => formatOriginal(135.7e9, 'EUR'), '€135.7B', '135,7 Mrd. €'],
    ['two decimals', () => formatOriginal(1.25e9, 'EUR'), '€1.25B', '1,25 Mrd. €'],
    ['at most two decimals', () => formatOriginal(1.234e9, 'USD'), 'USD 1.23B', '1,23 Mrd. USD'],
    ['millions', () => formatOriginal(245e6, 'EUR'), '€245M', '245 Mio. €'],
    ['millions, one decimal', () => formatOriginal(12.5e6, 'SEK'), 'SEK 12.5M', '12,5 Mio. SEK'],
    [
      'range in billions',
      () => formatOriginal(150e9, 'USD', 170e9),
      'USD 150–170B',
      '150–170 Mrd. USD',
    ],
    [
      'range, each end its decimals',
      () => formatOriginal(3e9, 'EUR', 4.5e9),
      '€3–4.5B',
      '3–4,5 Mrd. €',
    ],
    ['range in millions', () => formatOriginal(200e6, 'EUR', 250e6), '€200–250M', '200–250 Mio. €'],
    [
      'range across the scales',
      () => formatOriginal(800e6, 'USD', 1.2e9),
      'USD 800M–USD 1.2B',
      '800 Mio. USD–1,2 Mrd. USD',
    ],
  ];
  it.each(cases)('%s', (_name, run, en, de) => {
    expect(inLocale('en', run)).toBe(en);
    expect(inLocale('de', run)).toBe(de);
  });
});
