import { describe, expect, it } from 'vitest';
import {
  dictionaryLeaves,
  dictionaryShape,
  messageAt,
  sampleCall,
  untranslated,
} from '@/lib/i18n/dictionary-leaves';
import { setLocale } from '@/lib/i18n/locale';
import { financingText } from './financing-messages';
import { financingDe, financingEn } from './financing-text';

describe('Funding page text', () => {
  it('German has exactly the English keys, with the same kind and parameters', () => {
    expect(dictionaryShape(financingDe)).toEqual(dictionaryShape(financingEn));
    expect(dictionaryShape(financingEn).length).toBeGreaterThan(60);
  });

  it.each([
    ['en', financingEn],
    ['de', financingDe],
  ])('%s: no empty text, and every message function returns text', (_locale, dictionary) => {
    const entries = dictionaryLeaves(dictionary);
    expect(
      entries.filter((e) => e.kind === 'string' && !e.text?.trim()).map((e) => e.path),
    ).toEqual([]);
    for (const entry of entries.filter((e) => e.kind === 'function')) {
      expect(sampleCall(messageAt(dictionary, entry.path), entry.arity ?? 0).trim()).not.toBe('');
    }
  });

  it('German text is translated (no English left over)', () => {
    expect(untranslated(financingEn, financingDe)).toEqual([]);
  });

  it('financingText() follows the current language and takes an explicit one', () => {
    expect(financingText('en')).toBe(financingEn);
    expect(financingText('de')).toBe(financingDe);
    setLocale('de');
    try {
      expect(financingText()).toBe(financingDe);
    } finally {
      setLocale('en');
    }
    expect(financingText()).toBe(financingEn);
  });
});
