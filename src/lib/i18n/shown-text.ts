import type { Locale } from './locale';

/** A data text in the language it is shown in (`lang` is set on the element when it differs). */
export interface ShownText {
  text: string;
  lang: Locale;
  /** Passages of a German `text` quoted in their English original (see `englishQuotes`). */
  quotes?: readonly string[];
}

/**
 * A data text in `locale`: the German text when German is chosen and the data has one; otherwise
 * the English original, marked as English (data:check warns for a missing German text).
 */
export function shownText(english: string, german: string | undefined, locale: Locale): ShownText {
  if (locale !== 'de' || german === undefined) return { text: english, lang: 'en' };
  const quotes = englishQuotes(german, english);
  return quotes.length > 0 ? { text: german, lang: 'de', quotes } : { text: german, lang: 'de' };
}

/** A passage in German quotation marks. */
const QUOTED = /„([^“]+)“/g;
/**
 * How the German texts say that the quotation before it is in English: "(Zitat im englischen
 * Original …)", or a German gloss after it ("„and so on“, also „und so weiter“").
 */
const ENGLISH_MARKS = [' (Zitat im englischen Original', ', also '];

/**
 * The passages of a German data text that quote an English original word for word (kept in
 * English, as a quotation): each „…“ passage that the English original holds as it stands, or
 * that the text itself marks as English (ENGLISH_MARKS). A German quotation (one the
 * English original does not hold, unmarked) is not one of them.
 */
export function englishQuotes(german: string, english?: string): string[] {
  const quotes = new Set<string>();
  for (const match of german.matchAll(QUOTED)) {
    const passage = match[1] ?? '';
    const after = german.slice(match.index + match[0].length);
    if (english?.includes(passage) || ENGLISH_MARKS.some((mark) => after.startsWith(mark)))
      quotes.add(passage);
  }
  return [...quotes];
}

/** A piece of a shown text; `lang` only on an English quotation inside a German text. */
export interface TextPart {
  text: string;
  lang?: 'en';
}

/** The shown text in pieces, each English quotation of a German text a piece of its own. */
export function textParts(shown: ShownText): TextPart[] {
  const quotes = new Set(shown.quotes ?? []);
  if (quotes.size === 0) return [{ text: shown.text }];
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of shown.text.matchAll(QUOTED)) {
    const passage = match[1] ?? '';
    if (!quotes.has(passage)) continue;
    const start = match.index + 1; // after „
    parts.push({ text: shown.text.slice(from, start) }, { text: passage, lang: 'en' });
    from = start + passage.length;
  }
  parts.push({ text: shown.text.slice(from) });
  return parts.filter((part) => part.text !== '');
}
