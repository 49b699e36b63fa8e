// Types for summary.mjs (used by its Vitest test).
export interface InteractionGoal {
  /** 'real' for the real data, else `rows` synthetic rows */
  data?: 'real';
  rows?: number;
  cpuSlowdown: number;
  /** on screen at the click, ratio to the baseline's redraw */
  onScreen: number;
  /** every chart, off screen too, ratio to the baseline's redraw */
  everyChart: number;
}
export declare const GOALS: {
  initialGzipRatio: number;
  firstChartSlowRatio: number;
  firstChartMinLoads: number;
  interactionRatio: readonly InteractionGoal[];
};
export declare const format: {
  ms(value: number): string;
  kB(bytes: number): string;
  MB(bytes: number): string;
  times(value: number | null): string;
};
export interface InteractionConfig {
  rows: number;
  synthetic: boolean;
  /** The baseline's redraw (its preset buttons): the floor shown beside every filter change. */
  baseline?: boolean;
  cpuSlowdown: number;
  /** Median time until what was on screen at the click has changed (the goal's figure). */
  medianMs: number;
  /** Median time until every chart has changed, off-screen ones too (when the bench measured it). */
  allMedianMs?: number;
  pledgesChartMs: number;
  /** Median React commits and components rendered per change (when counted). */
  medianCommits?: number;
  medianComponents?: number;
}
export interface LoadMedians {
  initialGzipBytes: number;
  firstChartMs: number;
  firstChartSlowMs: number;
  heapUsedBytes: number;
}
export interface Comparison {
  runs: number;
  /** Cold loads with the CPU slowed (the first-chart goal needs at least GOALS.firstChartMinLoads). */
  slowRuns?: number;
  cpuSlowdown: number;
  app: LoadMedians;
  baseline: LoadMedians;
}
export interface Check {
  metric: string;
  measured: number | null;
  goal: string;
  pass: boolean;
}
export declare function dataLabel(
  config: Pick<InteractionConfig, 'rows' | 'synthetic' | 'baseline'>,
): string;
export declare function growth(msAt10k: number, msAt100k: number): number | null;
export declare function verdict(value: number | null, limit: number): 'PASS' | 'FAIL';
export declare function interactionGoal(
  config: Pick<InteractionConfig, 'rows' | 'synthetic' | 'cpuSlowdown' | 'baseline'>,
): InteractionGoal | null;
export declare function rendersText(
  config: Pick<InteractionConfig, 'medianCommits' | 'medianComponents'> | undefined,
): string;
export declare function buildSummary(input: {
  comparison: Comparison | null;
  interactions: readonly InteractionConfig[];
  changes: number;
}): { table: string[][]; checks: Check[]; passed: boolean };
