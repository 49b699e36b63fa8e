// The public surface of the export feature: what other features and src/app use.
// Anything not exported here is internal (eslint: local/feature-boundaries).
export { CANVAS, type ChartBox } from './model/compose-svg';
export { buildCsv } from './model/csv';
export { exportChart, type ExportKind } from './model/export-chart';
export { downloadBlob, svgToPng } from './model/rasterise';
export { renderChartSvg } from './model/render-chart-svg';
