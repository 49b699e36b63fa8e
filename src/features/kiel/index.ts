// The public surface of the kiel feature: what other features and src/app use.
// Anything not exported here is internal (eslint: local/feature-boundaries).
export { KIEL_FILES, kielQueries } from './api/kiel-queries';
export { importedKiel } from './api/imported-kiel';
export {
  useKielDataExplorer,
  useKielReleaseDataExplorer,
  useKielReleaseInfo,
} from './api/use-kiel-data';
export { kielMessage, wordKielMessage, type KielMessage } from './model/kiel-message';
export { KielAllocationsChart } from './components/kiel-allocations-chart';
export { kielAsOf, kielMonth } from './components/kiel-chart-frame';
export { KielMonthlyChart } from './components/kiel-monthly-chart';
export {
  KIEL_CITATION,
  KIEL_COLOURS,
  KIEL_DATA_PERIOD,
  KIEL_URL,
  kielLabels,
} from './components/kiel-series';
export { kielText } from './kiel-text';
export {
  allocationsByDonor,
  monthlyAllocations,
  selectedCategories,
  type DonorAllocation,
  type DonorAllocations,
  type KielMeasure,
  type MonthAllocation,
} from './model/kiel-selectors';
export { parseDecimal, showNumber } from './model/kiel-table';
export {
  DATA_EXPLORER_OPTIONAL,
  parseKielDataExplorer,
  type KielDataExplorerParse,
  type KielDonorMonth,
} from './model/parse-kiel';
export { type KielReleaseInfo } from './model/parse-release-info';
export { KielReleaseChanges } from './release/kiel-release-changes';
export { kielCitation } from './release/kiel-release-types';
export { KIEL_RELEASES } from './release/kiel-releases';
