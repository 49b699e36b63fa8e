import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, resolveInitialLocale, setLocale, type InitialLocale } from './locale';

describe('resolveInitialLocale', () => {
  const cases: [string, string, string | null, string[], InitialLocale][] = [
    [
      'URL wins over storage and browser',
      '?lang=de',
      'en',
      ['en-GB'],
      { locale: 'de', from: 'url', rejected: null },
    ],
    ['URL in capitals', '?lang=EN', 'de', ['de-DE'], { locale: 'en', from: 'url', rejected: null }],
    [
      'URL among other parameters',
      '?donors=POL~NOR&lang=de&from=2025-08',
      null,
      [],
      { locale: 'de', from: 'url', rejected: null },
    ],
    [
      'stored choice without a parameter',
      '',
      'de',
      ['en-US'],
      { locale: 'de', from: 'storage', rejected: null },
    ],
    [
      'junk stored value is ignored',
      '',
      'fr',
      ['de-AT', 'en'],
      { locale: 'de', from: 'browser', rejected: null },
    ],
    [
      'browser: first language spoken here',
      '',
      null,
      ['fr-FR', 'de-CH', 'en'],
      { locale: 'de', from: 'browser', rejected: null },
    ],
    [
      'browser: English region',
      '',
      null,
      ['en-US'],
      { locale: 'en', from: 'browser', rejected: null },
    ],
    [
      'browser: underscore tag',
      '',
      null,
      ['de_DE'],
      { locale: 'de', from: 'browser', rejected: null },
    ],
    [
      'nothing known: English',
      '',
      null,
      ['fr', 'pl'],
      { locale: 'en', from: 'default', rejected: null },
    ],
    [
      'no browser languages: English',
      '',
      null,
      [],
      { locale: 'en', from: 'default', rejected: null },
    ],
    [
      'junk lang falls back to storage and is reported',
      '?lang=xx',
      'de',
      [],
      { locale: 'de', from: 'storage', rejected: 'xx' },
    ],
    [
      'junk lang falls back to browser',
      '?lang=deutsch',
      null,
      ['de'],
      { locale: 'de', from: 'browser', rejected: 'deutsch' },
    ],
    [
      'empty lang is reported',
      '?lang=',
      null,
      ['en'],
      { locale: 'en', from: 'browser', rejected: '' },
    ],
    [
      'markup in lang is kept as text, cut to 40 characters',
      `?lang=${encodeURIComponent('<b>' + 'x'.repeat(60))}`,
      null,
      [],
      { locale: 'en', from: 'default', rejected: '<b>' + 'x'.repeat(37) },
    ],
  ];
  it.each(cases)('%s', (_name, search, stored, languages, expected) => {
    expect(resolveInitialLocale(search, stored, languages)).toEqual(expected);
  });
});

describe('setLocale', () => {
  afterEach(() => setLocale('en'));
  it('sets the module locale and <html lang>', () => {
    setLocale('de');
    expect(getLocale()).toBe('de');
    expect(document.documentElement.lang).toBe('de');
  });
});
