import { describe, expect, it } from 'vitest';
import {
  dictionaryLeaves,
  dictionaryShape,
  messageAt,
  sampleCall,
  untranslated,
} from '@/lib/i18n/dictionary-leaves';
import { setLocale } from '@/lib/i18n/locale';
import { euOptionsText } from './eu-options-messages';
import { euOptionsDe, euOptionsEn } from './eu-options-text';

describe('EU options text', () => {
  it('German has exactly the English keys, with the same kind and parameters', () => {
    expect(dictionaryShape(euOptionsDe)).toEqual(dictionaryShape(euOptionsEn));
    expect(dictionaryShape(euOptionsEn).length).toBeGreaterThan(60);
  });

  it.each([
    ['en', euOptionsEn],
    ['de', euOptionsDe],
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
    expect(untranslated(euOptionsEn, euOptionsDe)).toEqual([]);
  });

  it('euOptionsText() follows the current language and takes an explicit one', () => {
    expect(euOptionsText('en')).toBe(euOptionsEn);
    expect(euOptionsText('de')).toBe(euOptionsDe);
    setLocale('de');
    try {
      expect(euOptionsText()).toBe(euOptionsDe);
    } finally {
      setLocale('en');
    }
    expect(euOptionsText()).toBe(euOptionsEn);
  });
});
