// The public surface of the deck feature: what other features and src/app use.
// Anything not exported here is internal (eslint: local/feature-boundaries).
export { BriefingControls } from './components/briefing-controls';
export { BriefingShell } from './components/briefing-shell';
