import type { DataSetName, SlideDefinition, SlideInputs } from '../model/slide-types';
import { EU_GUARANTEES_SLIDE } from './eu-guarantees-slide';
import { FUNDING_GAP_SLIDE } from './funding-gap-slide';
import { KIEL_ALLOCATIONS_SLIDE } from './kiel-allocations-slide';
import { KIEL_MONTHLY_SLIDE } from './kiel-monthly-slide';
import { PLEDGES_BY_DONOR_SLIDE } from './pledges-by-donor-slide';
import { PURL_TIMELINE_SLIDE } from './purl-timeline-slide';
import { SCENARIO_SLIDE } from './scenario-slide';

/**
 * Every chart that can be a slide, exported or embedded, in the order of its page. A new chart
 * is one more entry here (and, if it needs a new data set, one more in use-slide-inputs.ts).
 */
export const SLIDES: readonly SlideDefinition[] = [
  PLEDGES_BY_DONOR_SLIDE,
  PURL_TIMELINE_SLIDE,
  KIEL_ALLOCATIONS_SLIDE,
  KIEL_MONTHLY_SLIDE,
  FUNDING_GAP_SLIDE,
  EU_GUARANTEES_SLIDE,
  SCENARIO_SLIDE,
];

export { defaultDeck, SLIDE_IDS } from './slide-catalog';

export function findSlide(id: string): SlideDefinition | undefined {
  return SLIDES.find((slide) => slide.id === id);
}

export function slideForFrame(frameId: string): SlideDefinition | undefined {
  return SLIDES.find((slide) => slide.frameId === frameId);
}

/** The data sets the given slides need (what useSlideInputs fetches). */
export function slideNeeds(ids: readonly string[]): DataSetName[] {
  return [...new Set(ids.flatMap((id) => findSlide(id)?.needs ?? []))];
}

export type SlideBuild =
  | { status: 'ready'; slide: ReturnType<SlideDefinition['build']> }
  | { status: 'pending' }
  | { status: 'error'; what: string };

/** A slide from the inputs, or why it cannot be built yet. */
export function buildSlide(definition: SlideDefinition, inputs: SlideInputs): SlideBuild {
  const data = inputs[definition.needs];
  if (data.status === 'pending') return { status: 'pending' };
  if (data.status === 'error') return { status: 'error', what: data.what };
  return { status: 'ready', slide: definition.build(inputs) };
}
