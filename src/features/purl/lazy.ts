// Loaders of this feature's lazily loaded parts: each is fetched as its own chunk on first call.
export const loadPurlTimelineChart = () => import('./components/purl-timeline-chart');
