import type { SlideDefinition } from '../model/slide-types';

/** What the header and the chart frames need to know about a slide (no text: see slide-entry.ts). */
export type SlideEntry = Pick<SlideDefinition, 'id' | 'page' | 'frameId'>;

/**
 * Every chart that can be a slide, in page order: ids, pages and frames only. Titles
 * (slide-entry.ts) and the slides themselves (charts, takeaways, data: slide-registry.ts) are
 * loaded on demand (deck, export, embed) so that the first view does not download their text.
 */
export const SLIDE_CATALOG: readonly SlideEntry[] = [
  {
    id: 'pledges-by-donor',
    page: 'explorer',
    frameId: 'pledges-by-donor',
  },
  {
    id: 'purl-timeline',
    page: 'explorer',
    frameId: 'purl-over-time',
  },
  {
    id: 'kiel-allocations',
    page: 'explorer',
    frameId: 'kiel-allocations',
  },
  {
    id: 'kiel-monthly',
    page: 'explorer',
    frameId: 'kiel-monthly',
  },
  {
    id: 'funding-gap',
    page: 'financing',
    frameId: 'funding-gap',
  },
  {
    id: 'eu-guarantees',
    page: 'financing',
    frameId: 'plan-b-guarantees',
  },
  {
    id: 'scenario',
    page: 'financing',
    frameId: 'scenario-chart',
  },
];

export const SLIDE_IDS: readonly string[] = SLIDE_CATALOG.map((slide) => slide.id);

export function catalogEntry(id: string): SlideEntry {
  const entry = SLIDE_CATALOG.find((slide) => slide.id === id);
  if (!entry) throw new Error(`no slide "${id}" in the catalog`);
  return entry;
}

/** Whether an on-screen chart frame has a slide (and so an Export menu). */
export function hasSlideForFrame(frameId: string): boolean {
  return SLIDE_CATALOG.some((slide) => slide.frameId === frameId);
}

/** The default deck of a page: its charts in page order. */
export function defaultDeck(page: string | null): string[] {
  const name = page === null || page === '' ? 'explorer' : page;
  return SLIDE_CATALOG.filter((slide) => slide.page === name).map((slide) => slide.id);
}
