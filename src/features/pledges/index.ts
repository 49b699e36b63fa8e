// The public surface of the pledges feature: what other features and src/app use.
// Anything not exported here is internal (eslint: local/feature-boundaries).
export {
  PLEDGES_FILE_NAME,
  PLEDGES_URL,
  importedPledges,
  pledgeQueries,
} from './api/pledge-queries';
export { useFxRates, usePledgeDataset } from './api/use-pledge-dataset';
export {
  categoryValues,
  instrumentValues,
  type Category,
  type Instrument,
  type Pledge,
  type PledgeDataset,
} from './api/pledge-schema';
export { usePledgeData, type PledgeDataState } from './api/use-pledge-data';
export { HeadlineFigures } from './components/headline-figures';
export { PledgesByDonorChart } from './components/pledges-by-donor-chart';
export { RejectedRowsNotice } from './components/rejected-rows-notice';
export { disputeText } from './dispute-text';
export { donorViewText } from './donor-view-text';
export { headlineText } from './headline-text';
export { JOINT_KEY, type DonorAggregate } from './model/aggregate-by-donor';
export {
  countPledges,
  indexPackages,
  type CountedPledge,
  type PackageIndex,
} from './model/attribution';
export { buildRateTable, toEur, type RateTable } from './model/convert';
export {
  describeDispute,
  disputeCsvCells,
  disputeCsvColumns,
  disputedFigures,
  type DisputedFigure,
} from './model/disputes';
export { disputesWithBars, donorDisputes } from './model/donor-disputes';
export {
  isNationalRow,
  nationalDonorTotals,
  scaleDonorBars,
  type DonorScope,
  type ScaledDonorBar,
} from './model/donor-scope';
export { type Headline } from './model/headline';
export {
  SERIES_COLOURS,
  SPLIT_COLOURS,
  categoryLabels,
  instrumentLabels,
  splitLabel,
} from './model/labels';
export { parsePledgeRows, type ParsedPledgeFile } from './model/parse-pledge-rows';
export { wordRowProblem, type RowProblem } from './model/row-problem';
export { type PledgeColumns } from './model/pledge-columns';
export { loadPledgeLabelsDe, pledgeLabel } from './model/pledge-label';
export { pledgeDescription, pledgeStatusNote } from './model/pledge-text';
export {
  preparePledges,
  selectPledgeView,
  type PledgeSelection,
  type PledgeView,
  type PreparedPledges,
} from './model/pledge-view';
export { cachedPledgeView, hasCachedPledgeView } from './model/pledge-view-cache';
export { loadPledgeTable } from './lazy';
