// Recharts' Tooltip behind a module boundary: deferred-tooltip.tsx imports this file lazily,
// so the tooltip's code (about 9 kB gzip) is not part of the first download.
export { Tooltip } from 'recharts';
