// The public surface of the briefing feature: what other features and src/app use.
// Anything not exported here is internal (eslint: local/feature-boundaries).
export { useSlideInputs } from './api/use-slide-inputs';
export { briefingLabels } from './briefing-labels';
export { BRIEFING_TEXT, FINANCING_SLIDE_TEXT } from './briefing-text';
export { PAPER_PALETTE, SCREEN_PALETTE, SlideView } from './components/slide-view';
export { describeFilters } from './model/filter-summary';
export { fundingGapSlideView } from './model/financing-views';
export {
  type ChartPalette,
  type CsvTable,
  type EuOptionsSlideData,
  type FinancingSlideData,
  type LegendItem,
  type SlideDefinition,
  type SlideInputs,
  type SlideModel,
} from './model/slide-types';
export { useTakeaways } from './model/use-takeaways';
export { topAndRest } from './slides/chart-bits';
export { SLIDE_IDS, defaultDeck, hasSlideForFrame } from './slides/slide-catalog';
export { titledSlides } from './slides/slide-entry';
export {
  SLIDES,
  buildSlide,
  findSlide,
  slideForFrame,
  slideNeeds,
  type SlideBuild,
} from './slides/slide-registry';
export { requireReady } from './slides/slide-sources';
