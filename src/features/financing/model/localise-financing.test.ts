import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { financingDataSchema } from '../api/financing-schema';
import { FINANCING_DE } from './financing-de';
import { financingTextDe } from './financing-german';
import { financingTexts, localiseFinancing } from './localise-financing';

const bundled = v.parse(
  financingDataSchema,
  JSON.parse(
    readFileSync(resolve(__dirname, '../../../../public/data/financing.json'), 'utf8'),
  ) as unknown,
);

/** English "…" passages of a text (a quoted German source is German already). */
const englishQuotes = (text: string) =>
  [...text.matchAll(/"([^"]+)"/g)]
    .map((match) => match[1] ?? '')
    .filter((q) => /\b(the|and|of|to|is|that|we|as|all|worst|absolutely)\b/.test(q));

describe('financing.json in German', () => {
  it('every text the page shows has a German version (data:check warns for a new one)', () => {
    const texts = financingTexts(bundled);
    expect(texts.length).toBeGreaterThan(140);
    expect(texts.filter((text) => financingTextDe(text) === null)).toEqual([]);
  });

  it('the German data holds no English text but marked quotations', () => {
    const de = localiseFinancing(bundled, 'de');
    const english = new Set(financingTexts(bundled));
    for (const text of financingTexts(de)) {
      // Only a file name and id reads the same in both languages ("pledges.json P031.").
      if (english.has(text)) expect(text).toMatch(/^pledges\.json [A-Z]\d+\.$/);
    }
    for (const [en, german] of Object.entries(FINANCING_DE)) {
      for (const quote of englishQuotes(en)) {
        if (german.includes(quote))
          expect(german).toContain(`${quote}“ (Zitat im englischen Original)`);
      }
    }
  });

  it('keeps amounts, dates, ids and sources; English is the data itself', () => {
    const de = localiseFinancing(bundled, 'de');
    expect(localiseFinancing(bundled, 'en')).toBe(bundled);
    expect(localiseFinancing(bundled, 'de')).toBe(de);
    const facts = (data: typeof bundled) =>
      data.coverage.map((item) => [
        item.id,
        item.amount,
        item.sources.map((s) => [s.title, s.url]),
      ]);
    expect(facts(de)).toEqual(facts(bundled));
    expect(financingTexts(de)).toContain('Sekundärquelle: ANSA-Bericht über den Brief');
    expect(de.coverage[0]?.label).toBe('EU-Unterstützungskredit für die Ukraine');
  });
});
