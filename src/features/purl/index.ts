// The public surface of the purl feature: what other features and src/app use.
// Anything not exported here is internal (eslint: local/feature-boundaries).
export { purlQueries } from './api/purl-queries';
export { PURL_COLOURS } from './components/purl-colours';
export { PurlTimePlot } from './components/purl-time-plot';
export { purlDisputes } from './model/purl-disputes';
export { purlKeyEntries } from './model/purl-plot-layout';
export {
  aggregatePurlByMonth,
  buildPurlTimeline,
  purlTimelineView,
  type PurlEvent,
} from './model/purl-timeline';
export { purlChartText } from './purl-chart-text';
export { loadPurlTimelineChart } from './lazy';
