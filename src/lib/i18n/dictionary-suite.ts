import { describe, expect, it } from 'vitest';
import {
  dictionaryLeaves,
  dictionaryShape,
  messageAt,
  sampleCall,
  untranslated,
} from './dictionary-leaves';
import { setLocale, type Locale } from './locale';

/**
 * The checks every pair of English and German dictionaries gets (test files only): the same keys
 * with the same kind and parameters, no empty text, every message function returns text, German
 * translated, and the accessor follows the current language.
 */
export function describeDictionaryPair<T extends object>(
  name: string,
  en: T,
  de: T,
  accessor: (locale?: Locale) => T,
  minimumKeys: number,
  /** Paths of texts that German shares with English on purpose ("Status", "Details"). */
  sameInBoth: readonly string[] = [],
) {
  describe(name, () => {
    it('German has exactly the English keys, with the same kind and parameters', () => {
      expect(dictionaryShape(de)).toEqual(dictionaryShape(en));
      expect(dictionaryShape(en).length).toBeGreaterThan(minimumKeys);
    });

    it.each([
      ['en', en],
      ['de', de],
    ])('%s: no empty text, and every message function returns text', (_locale, dictionary) => {
      const entries = dictionaryLeaves(dictionary);
      expect(
        entries.filter((e) => e.kind === 'string' && !e.text?.trim()).map((e) => e.path),
      ).toEqual([]);
      for (const entry of entries.filter((e) => e.kind === 'function')) {
        expect(sampleCall(messageAt(dictionary, entry.path), entry.arity ?? 0).trim()).not.toBe('');
      }
    });

    it('German text is translated (no English left over but the words both languages share)', () => {
      expect(untranslated(en, de)).toEqual([...sameInBoth]);
    });

    it('the accessor follows the current language and takes an explicit one', () => {
      expect(accessor('en')).toBe(en);
      expect(accessor('de')).toBe(de);
      setLocale('de');
      try {
        expect(accessor()).toBe(de);
      } finally {
        setLocale('en');
      }
      expect(accessor()).toBe(en);
    });
  });
}
