// The public surface of the filters feature: what other features and src/app use.
// Anything not exported here is internal (eslint: local/feature-boundaries).
export { FilterBar } from './components/filter-bar';
export { IgnoredNotice } from './components/ignored-notice';
export { filterAnnouncement } from './model/filter-announcement';
export { includeMonth, monthBoundsOf, monthOf } from './model/month-bounds';
export { presetDonors, presetIds } from './model/presets';
export { FILTER_PARAMS, RESERVED_PARAMS, parseUrlState } from './model/url-state';
export { useUrlState } from './model/use-url-state';
