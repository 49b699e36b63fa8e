// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EuOptionsData } from '../api/eu-options-schema';
import { EU_OPTIONS_DE } from './eu-options-de';
import { euOptionsTextDe, euOptionsTexts, localiseEuOptions } from './localise-eu-options';

const bundled = JSON.parse(
  readFileSync(resolve(__dirname, '../../../../public/data/eu-options.json'), 'utf8'),
) as EuOptionsData;

const numbers = (text: string) => new Set(text.match(/\d+/g));
/** Names that read the same in German. */
const SAME_IN_GERMAN = new Set(['Ursula von der Leyen']);

describe('localiseEuOptions', () => {
  it('has German for every text of the bundled file, keeping its numbers', () => {
    const texts = euOptionsTexts(bundled);
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((text) => euOptionsTextDe(text) === null)).toEqual([]);
    for (const text of texts) {
      const german = euOptionsTextDe(text) ?? '';
      if (!SAME_IN_GERMAN.has(text)) expect(german, text).not.toBe(text);
      expect(numbers(german), text).toEqual(numbers(text));
    }
    // No entry left behind by a changed English text.
    expect(Object.keys(EU_OPTIONS_DE).filter((english) => !texts.includes(english))).toEqual([]);
  });

  it('shows no English data text in German, except the quotes and the sources', () => {
    const german = localiseEuOptions(bundled, 'de');
    const shown = new Set(euOptionsTexts(german));
    const english = euOptionsTexts(bundled).filter(
      (text) => !SAME_IN_GERMAN.has(text) && shown.has(text),
    );
    expect(english).toEqual([]);
    const quotes = (data: EuOptionsData) =>
      data.comparison.flatMap((row) =>
        [row.planA, row.planB].flatMap((cell) => (cell.quotes ?? []).map((q) => q.text)),
      );
    expect(quotes(german)).toEqual(quotes(bundled));
    expect(quotes(german).length).toBeGreaterThan(0);
    expect(german.guarantees.countries).toBe(bundled.guarantees.countries);
    expect(german.comparison[0]?.planA.sources).toBe(bundled.comparison[0]?.planA.sources);
  });

  it('leaves English as it is and gives one German object per data object', () => {
    expect(localiseEuOptions(bundled, 'en')).toBe(bundled);
    expect(localiseEuOptions(bundled, 'de')).toBe(localiseEuOptions(bundled, 'de'));
  });
});
