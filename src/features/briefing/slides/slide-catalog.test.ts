// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { setLocale } from '@/lib/i18n/locale';
import { catalogEntry, defaultDeck, hasSlideForFrame, SLIDE_CATALOG } from './slide-catalog';
import { slideEntry, titledSlides } from './slide-entry';
import { SLIDES } from './slide-registry';

describe('the slide catalog', () => {
  it('lists the registry slides in the same order with the same ids, titles, pages and frames', () => {
    expect(SLIDES.map(({ id, title, page, frameId }) => ({ id, title, page, frameId }))).toEqual(
      titledSlides(),
    );
    expect(titledSlides().map(({ id, page, frameId }) => ({ id, page, frameId }))).toEqual(
      SLIDE_CATALOG.map((entry) => ({ ...entry })),
    );
  });

  it('carries no text, so that the first view does not load the slides’ titles', () => {
    for (const entry of SLIDE_CATALOG)
      expect(Object.keys(entry).sort()).toEqual(['frameId', 'id', 'page']);
  });

  it('gives each page its default deck and finds frames', () => {
    expect(defaultDeck(null)).toEqual([
      'pledges-by-donor',
      'purl-timeline',
      'kiel-allocations',
      'kiel-monthly',
    ]);
    expect(defaultDeck('financing')).toEqual(['funding-gap', 'eu-guarantees', 'scenario']);
    expect(defaultDeck('nope')).toEqual([]);
    expect(hasSlideForFrame('purl-over-time')).toBe(true);
    expect(hasSlideForFrame('every-pledge')).toBe(false);
    expect(() => catalogEntry('nope')).toThrow(/no slide "nope"/);
    expect(() => slideEntry('nope')).toThrow(/no slide "nope"/);
  });

  it('reads the titles in the current language when asked', () => {
    expect(slideEntry('funding-gap').title).toBe('Funding gap 2026–2027: need and what covers it');
    setLocale('de');
    try {
      expect(slideEntry('funding-gap').title).not.toBe(
        'Funding gap 2026–2027: need and what covers it',
      );
      expect(slideEntry('funding-gap').title).toMatch(/Finanzierungslücke/);
    } finally {
      setLocale('en');
    }
  });
});
