import { BRIEFING_TEXT } from '../briefing-text';
import type { SlideDefinition } from '../model/slide-types';

/** What the header, the share menu and the chart frames need to know about a slide. */
export type SlideEntry = Pick<SlideDefinition, 'id' | 'title' | 'page' | 'frameId'>;

/**
 * Every chart that can be a slide, in page order: ids, titles and pages only. The slides
 * themselves (charts, takeaways, data) are in slide-registry.ts, which is loaded on demand (deck,
 * export, embed) so that the first view does not download them.
 */
export const SLIDE_CATALOG: readonly SlideEntry[] = [
  {
    id: 'pledges-by-donor',
    title: 'Pledges by donor',
    page: 'explorer',
    frameId: 'pledges-by-donor',
  },
  {
    id: 'purl-timeline',
    title: 'PURL packages over time',
    page: 'explorer',
    frameId: 'purl-over-time',
  },
  {
    id: 'kiel-allocations',
    title: 'Allocations by donor (Kiel tracker)',
    page: 'explorer',
    frameId: 'kiel-allocations',
  },
  {
    id: 'kiel-monthly',
    title: 'Allocations per month (Kiel tracker)',
    page: 'explorer',
    frameId: 'kiel-monthly',
  },
  {
    id: 'funding-gap',
    title: BRIEFING_TEXT.financing.fundingGapTitle,
    page: 'financing',
    frameId: 'funding-gap',
  },
  {
    id: 'eu-guarantees',
    title: BRIEFING_TEXT.financing.guaranteesTitle,
    page: 'financing',
    frameId: 'plan-b-guarantees',
  },
  {
    id: 'scenario',
    title: BRIEFING_TEXT.financing.scenarioDeckTitle,
    page: 'financing',
    frameId: 'scenario-chart',
  },
];

export const SLIDE_IDS: readonly string[] = SLIDE_CATALOG.map((slide) => slide.id);

export function slideEntry(id: string): SlideEntry {
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
