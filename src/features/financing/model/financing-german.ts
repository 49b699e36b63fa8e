import { lazyText } from '@/lib/i18n/lazy-text';

/**
 * The German table of financing.json (financing-de.ts, about 160 texts): not in the first
 * download. This module is the only part of the financing feature that the first view holds
 * (src/app registers the loader with the German dictionary).
 */
const german = lazyText('The German text of financing.json', () =>
  import('./financing-de').then((module) => module.FINANCING_DE),
);

/** Downloads the German text of financing.json. */
export const loadFinancingGerman = german.load;

/** The data's text in German, or null when it has none (a new or changed English line). */
export function financingTextDe(text: string): string | null {
  return german.get()[text] ?? null;
}
