import { describe, expect, it } from 'vitest';
import {
  dictionaryLeaves,
  dictionaryShape,
  messageAt,
  sampleCall,
  untranslated,
} from '@/lib/i18n/dictionary-leaves';
import { setLocale } from '@/lib/i18n/locale';
import { tableText } from './table-messages';
import { tableTextDe, tableTextEn } from './table-text';

/**
 * The checks of describeDictionaryPair (dictionary-suite.ts), except that three words are the same
 * in both languages on purpose ("Instrument", "Status", "Details"), which that suite does not allow.
 */
describe('Pledge table text', () => {
  it('German has exactly the English keys, with the same kind and parameters', () => {
    expect(dictionaryShape(tableTextDe)).toEqual(dictionaryShape(tableTextEn));
    expect(dictionaryShape(tableTextEn).length).toBeGreaterThan(25);
  });

  it.each([
    ['en', tableTextEn],
    ['de', tableTextDe],
  ])('%s: no empty text, and every message function returns text', (_locale, dictionary) => {
    const entries = dictionaryLeaves(dictionary);
    expect(
      entries.filter((e) => e.kind === 'string' && !e.text?.trim()).map((e) => e.path),
    ).toEqual([]);
    for (const entry of entries.filter((e) => e.kind === 'function')) {
      expect(sampleCall(messageAt(dictionary, entry.path), entry.arity ?? 0).trim()).not.toBe('');
    }
  });

  it('German text is translated, except the words German shares with English', () => {
    expect(untranslated(tableTextEn, tableTextDe)).toEqual([
      'columns.instrument',
      'columns.status',
      'details',
    ]);
  });

  it('the loading placeholder stays in the app dictionary, not here', () => {
    expect(Object.keys(tableTextEn)).not.toContain('loading');
  });

  it('the accessor follows the current language and takes an explicit one', () => {
    expect(tableText('en')).toBe(tableTextEn);
    expect(tableText('de')).toBe(tableTextDe);
    setLocale('de');
    try {
      expect(tableText()).toBe(tableTextDe);
      expect(tableText().showAll('12')).toBe('Alle 12 anzeigen');
    } finally {
      setLocale('en');
    }
    expect(tableText()).toBe(tableTextEn);
    expect(tableText().undated(1)).toBe(' 1 line without a date is left out by the date filter.');
  });
});
