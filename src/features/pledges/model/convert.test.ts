// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { FxRates } from '@/lib/fx-schema';
import { setLocale, type Locale } from '@/lib/i18n/locale';
import { describeRates } from './convert';

const rate = (currency: FxRates['rates'][number]['currency'], eurPerUnit: number) => ({
  currency,
  eurPerUnit,
  date: '2025-12-03',
  derivation: 'test',
  source: {
    title: 'Test',
    url: 'https://example.org/',
    date: null,
    reliability: 'official' as const,
  },
});

const fx: FxRates = {
  title: 'Test rates',
  asOf: '2026-02-11',
  method: 'test',
  rates: [rate('EUR', 1), rate('USD', 0.86), rate('GBP', 1.17533), rate('JPY', 0.00546726)],
};

describe('describeRates', () => {
  afterEach(() => setLocale('en'));
  it.each<[Locale, string]>([
    [
      'en',
      "EUR figures are converted at one approximate rate per currency, implied by the sources' own conversions (1 USD = 0.86 EUR, 1 GBP = 1.175 EUR, 1 JPY = 0.00547 EUR); see fx-rates.json for each rate's source.",
    ],
    [
      'de',
      'Euro-Beträge sind mit einem ungefähren Kurs je Währung umgerechnet, abgeleitet aus den Umrechnungen der Quellen selbst (1 USD = 0,86 EUR, 1 GBP = 1,175 EUR, 1 JPY = 0,00547 EUR); die Quelle jedes Kurses steht in fx-rates.json.',
    ],
  ])('%s', (locale, expected) => {
    setLocale(locale);
    expect(describeRates(fx)).toBe(expected);
  });
});
