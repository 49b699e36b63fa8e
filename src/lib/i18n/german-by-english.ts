/**
 * German for a data text from a table keyed by the English text (the research build's status
 * notes and descriptions, the funding page's financing.json text). A changed or new English text
 * has no entry: it shows in English, and `npm run data:check` warns (see missingGerman).
 */
export type GermanTable = Readonly<Record<string, string>>;

/** The German for `english`, or null when the table has none. */
export function germanByEnglish(table: GermanTable, english: string): string | null {
  return Object.hasOwn(table, english) ? (table[english] ?? null) : null;
}

/** The texts (each once, in order) that the table has no German for: data:check warns for each. */
export function missingGerman(table: GermanTable, texts: Iterable<string>): string[] {
  return [...new Set(texts)].filter((text) => germanByEnglish(table, text) === null);
}

/** Entries whose English text no longer occurs (left behind by a changed English text). */
export function unusedGerman(table: GermanTable, texts: Iterable<string>): string[] {
  const used = new Set(texts);
  return Object.keys(table).filter((english) => !used.has(english));
}
