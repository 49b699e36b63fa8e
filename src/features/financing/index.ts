// The public surface of the financing feature: what other features and src/app use.
// Anything not exported here is internal (eslint: local/feature-boundaries).
export { FINANCING_URL, financingQueries, useFinancingData } from './api/financing-queries';
export {
  coverageStatusValues,
  financingDataSchema,
  type FinancingData,
  type TimelineEvent,
} from './api/financing-schema';
export { useFundingGapView } from './api/use-financing-view';
export { financingTextDe, loadFinancingGerman } from './model/financing-german';
export { financingTexts } from './model/localise-financing';
export { DecisionTimelineSection } from './components/decision-timeline-section';
export { FundingGapSection } from './components/funding-gap-section';
export { FundingGapTable } from './components/funding-gap-table';
export { financingText } from './financing-text';
export { gapText } from './gap-text';
export { coverageLines } from './model/coverage-lines';
export { estimateLabel } from './model/estimate-label';
export { NEED_PARAM, chooseEstimate } from './model/estimate-param';
export { formatEurBn } from './model/format-bn';
export { fundingGapModel } from './model/funding-gap';
export { gapStepBars } from './model/gap-step-bars';
export { gapAmount } from './model/gap-summary';
export { GAP_COLOUR, NEED_COLOUR, STATUS_COLOURS, statusLabels } from './model/status-style';
