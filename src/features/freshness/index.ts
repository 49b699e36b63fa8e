// The public surface of the freshness feature: what other features and src/app use.
// Anything not exported here is internal (eslint: local/feature-boundaries).
export { PageFreshnessNote, StaleSectionNotes } from './components/deferred-freshness';
