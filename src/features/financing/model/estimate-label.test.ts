// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { setLocale, type Locale } from '@/lib/i18n/locale';
import { realFinancing } from '@/test-utils/financing-data.fixture';
import { estimateLabel } from './estimate-label';

const estimate = (
  id: string,
  shortLabel: string,
  amount: number,
  currency: 'EUR' | 'USD',
  qualifier: 'exact' | 'about' | 'over' | 'at-least',
) => ({ id, shortLabel, amount, currency, qualifier });

function inLocale<T>(locale: Locale, run: () => T): T {
  setLocale(locale);
  try {
    return run();
  } finally {
    setLocale('en');
  }
}

describe('estimateLabel', () => {
  it.each([
    ['en', estimate('commission', 'x', 135.7e9, 'EUR', 'exact'), 'Commission: €135.7B'],
    [
      'de',
      estimate('commission', 'x', 135.7e9, 'EUR', 'exact'),
      'Kommission: 135,7\u00a0Mrd.\u00a0€',
    ],
    ['en', estimate('imf-135', 'x', 135e9, 'EUR', 'exact'), 'IMF: €135B'],
    ['de', estimate('imf-137', 'x', 137e9, 'EUR', 'exact'), 'IWF/Kommission: 137\u00a0Mrd.\u00a0€'],
    ['en', estimate('news-100', 'x', 100e9, 'EUR', 'over'), 'News report: more than €100B'],
    [
      'de',
      estimate('news-100', 'x', 100e9, 'EUR', 'over'),
      'Nachrichtenbericht: über 100\u00a0Mrd.\u00a0€',
    ],
    [
      'en',
      estimate('new-one', 'World Bank USD 60bn', 60e9, 'USD', 'about'),
      'World Bank: about USD 60B',
    ],
    [
      'de',
      estimate('new-two', 'Ministry: at least EUR 45.5bn', 45.5e9, 'EUR', 'at-least'),
      'Ministry: mindestens 45,5\u00a0Mrd.\u00a0€',
    ],
    ['en', estimate('new-three', 'EUR 12bn', 12e9, 'EUR', 'exact'), 'EUR 12bn: €12B'],
  ] as const)('%s %j -> %s', (locale, input, expected) => {
    expect(inLocale(locale, () => estimateLabel(input)).replace(/ /g, '\u00a0')).toBe(
      expected.replace(/ /g, '\u00a0'),
    );
  });

  it('names every estimate of the bundled data in both languages (no fallback to the data)', () => {
    const { estimates } = realFinancing().data.needs;
    expect(estimates.length).toBeGreaterThan(0);
    for (const locale of ['en', 'de'] as const) {
      for (const e of estimates) {
        const label = inLocale(locale, () => estimateLabel(e));
        expect(label).not.toContain(e.shortLabel);
        expect(label).not.toMatch(/EUR|bn/);
      }
    }
  });
});
