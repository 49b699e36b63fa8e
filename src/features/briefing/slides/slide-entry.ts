import { messages } from '@/lib/i18n/messages';
import { purlChartText } from '@/features/purl';
import { kielText } from '@/features/kiel';
import { BRIEFING_TEXT } from '../briefing-text';
import type { SlideDefinition } from '../model/slide-types';
import { catalogEntry, SLIDE_CATALOG, type SlideEntry } from './slide-catalog';

/** A catalog entry with its title: what the slides and the embed dialog show. */
export type TitledSlideEntry = SlideEntry & Pick<SlideDefinition, 'title'>;

/** Each slide's title, read when asked (the text follows the current language). */
const TITLES: Record<string, () => string> = {
  'pledges-by-donor': () => messages().pledges.byDonorTitle,
  'purl-timeline': () => purlChartText().title,
  'kiel-allocations': () => kielText().allocationsTitle,
  'kiel-monthly': () => kielText().monthlyTitle,
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

/**
 * A slide definition whose `title` is read at each use, so that the deck, the slide picker and
 * the export menu follow a change of language made after the slides were loaded.
 */
export function slideDefinition(
  id: string,
  needs: SlideDefinition['needs'],
  build: SlideDefinition['build'],
): SlideDefinition {
  slideEntry(id); // throws now, not at first use, for an id without a title
  return {
    ...catalogEntry(id),
    needs,
    build,
    get title() {
      return slideEntry(id).title;
    },
  };
}
