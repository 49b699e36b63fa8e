// The public surface of the overview feature: what other features and src/app use.
// Anything not exported here is internal (eslint: local/feature-boundaries).
export { Overview } from './components/overview';
export { selectionPeriod } from './model/overview-model';
