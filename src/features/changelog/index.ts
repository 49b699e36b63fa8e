// The public surface of the changelog feature: what other features and src/app use.
// Anything not exported here is internal (eslint: local/feature-boundaries).
export { loadDataChangelogSection } from './lazy';
