import { describe, expect, it } from 'vitest';
import { defaultDeck, hasSlideForFrame, SLIDE_CATALOG, slideEntry } from './slide-catalog';
import { SLIDES } from './slide-registry';

describe('the slide catalog', () => {
  it('lists the registry slides in the same order with the same ids, titles, pages and frames', () => {
    expect(SLIDES.map(({ id, title, page, frameId }) => ({ id, title, page, frameId }))).toEqual(
      SLIDE_CATALOG.map((entry) => ({ ...entry })),
    );
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
    expect(() => slideEntry('nope')).toThrow(/no slide "nope"/);
  });
});
