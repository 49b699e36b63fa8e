// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeDictionaryPair } from '@/lib/i18n/dictionary-suite';
import { setLocale } from '@/lib/i18n/locale';
import { tableText, tableTextDe, tableTextEn } from './table-text';

// "Instrument", "Status" and "Details" are German words too.
describeDictionaryPair('Pledge table text', tableTextEn, tableTextDe, tableText, 25, [
  'columns.instrument',
  'columns.status',
  'details',
]);

describe('Pledge table text, beyond the dictionary checks', () => {
  it('the loading placeholder stays in the app dictionary, not here', () => {
    expect(Object.keys(tableTextEn)).not.toContain('loading');
  });

  it('words messages in the current language', () => {
    setLocale('de');
    try {
      expect(tableText().showAll('12')).toBe('Alle 12 anzeigen');
    } finally {
      setLocale('en');
    }
    expect(tableText().undated(1)).toBe(' 1 line without a date is left out by the date filter.');
  });
});
