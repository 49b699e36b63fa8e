import { BRIEFING_TEXT } from '../briefing-text';
import type { SlideDefinition } from '../model/slide-types';
import { catalogEntry, SLIDE_CATALOG, type SlideEntry } from './slide-catalog';

/** A catalog entry with its title: what the slides and the embed dialog show. */
export type TitledSlideEntry = SlideEntry & Pick<SlideDefinition, 'title'>;

/** Each slide's title, read when asked (the text follows the current language). */
const TITLES: Record<string, () => string> = {
  'pledges-by-donor': () => 'Pledges by donor',
  'purl-timeline': () => 'PURL packages over time',
  'kiel-allocations': () => 'Allocations by donor (Kiel tracker)',
  'kiel-monthly': () => 'Allocations per month (Kiel tracker)',
  'funding-gap': () => BRIEFING_TEXT.financing.fundingGapTitle,
  'eu-guarantees': () => BRIEFING_TEXT.financing.guaranteesTitle,
  scenario: () => BRIEFING_TEXT.financing.scenarioDeckTitle,
};

/** The catalog entry of slide `id` with its title; throws for an id not in the catalog (a bug). */
export function slideEntry(id: string): TitledSlideEntry {
  const entry = catalogEntry(id);
  const title = TITLES[id];
  if (!title) throw new Error(`no title for slide "${id}"`);
  return { ...entry, title: title() };
}

/** Every slide of the catalog with its title, in page order. */
export function titledSlides(): TitledSlideEntry[] {
  return SLIDE_CATALOG.map((entry) => slideEntry(entry.id));
}
