// Types for stats.mjs (used by its Vitest test).
export interface ResourceEntry {
  name: string;
  startTime: number;
}
export interface SizedFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}
export interface Metric {
  label: string;
  unit: 'kB' | 'MB' | 'ms';
  app: number;
  baseline: number;
}
export declare function median(values: readonly number[]): number;
export declare function ratio(app: number, baseline: number): number | null;
export declare function initialAssetPath(resourceUrl: string, origin: string): string | null;
export declare function initialAssetPaths(
  entries: readonly ResourceEntry[],
  origin: string,
  firstChartMs: number,
): string[];
export declare function totalGzipBytes(files: readonly SizedFile[]): number;
export declare function formatTable(rows: readonly (readonly (string | number)[])[]): string;
export declare function summaryRows(metrics: readonly Metric[]): string[][];
export declare function pledgeLinesIn(text: string | null | undefined): number | null;
export declare function mediansBy<T>(
  items: readonly T[],
  key: (item: T) => string,
  value: (item: T) => number,
): Record<string, number>;
