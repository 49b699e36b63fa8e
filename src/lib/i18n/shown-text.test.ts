// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishQuotes, shownText, textParts } from './shown-text';

describe('englishQuotes', () => {
  it('finds the „…“ passages the English original holds word for word, or that are marked English', () => {
    const english = 'Wadephul: "in two packages a further USD 200 million" via PURL';
    const german =
      'Wadephul: „in two packages a further USD 200 million“ (sinngemäß: in zwei Paketen weitere 200 Mio. USD); Klingbeil: „neun Milliarden Euro jährlich“; Rat: „as from the second quarter“ (Zitat im englischen Original); gemeldet („and so on“, also „und so weiter“)';
    expect(englishQuotes(german, english)).toEqual([
      'in two packages a further USD 200 million',
      'as from the second quarter',
      'and so on',
    ]);
    // A German quotation stays German: the English original does not hold it, and it is unmarked.
    expect(englishQuotes('Plan: „neun Milliarden Euro jährlich“', 'nine billion a year')).toEqual(
      [],
    );
  });

  it('marks the English quotations of the bundled German pledge texts, and no German one', () => {
    const { pledges } = JSON.parse(
      readFileSync(resolve(__dirname, '../../../public/data/pledges.json'), 'utf8'),
    ) as { pledges: { description: string; descriptionDe?: string }[] };
    const quotes = pledges.flatMap((p) =>
      p.descriptionDe ? englishQuotes(p.descriptionDe, p.description) : [],
    );
    expect(quotes).toContain('At least');
    expect(quotes).toContain('is also allocating approximately $2 billion in military assistance');
    expect(quotes).not.toContain('neun Milliarden Euro jährlich');
  });
});

describe('shownText and textParts', () => {
  const english = 'Package of "up to" USD 500m';
  const german = 'Paket von „up to“ (bis zu) 500 Mio. USD';

  it('German: the quoted English passage is a piece of its own, marked English', () => {
    const shown = shownText(english, german, 'de');
    expect(shown).toEqual({ text: german, lang: 'de', quotes: ['up to'] });
    expect(textParts(shown)).toEqual([
      { text: 'Paket von „' },
      { text: 'up to', lang: 'en' },
      { text: '“ (bis zu) 500 Mio. USD' },
    ]);
    expect(
      textParts(shown)
        .map((p) => p.text)
        .join(''),
    ).toBe(german);
  });

  it('English, or German without a German text: the English original, one piece', () => {
    expect(shownText(english, german, 'en')).toEqual({ text: english, lang: 'en' });
    expect(shownText(english, undefined, 'de')).toEqual({ text: english, lang: 'en' });
    expect(textParts(shownText(english, german, 'en'))).toEqual([{ text: english }]);
    expect(shownText('x', 'y', 'de')).toEqual({ text: 'y', lang: 'de' });
  });
});
