// Types for options.mjs (used by its Vitest test).
export interface BenchOptions {
  quick: boolean;
  runs: number;
  /** Cold loads with the CPU slowed 4x (the first-chart goal needs 10). */
  slowRuns: number;
  changes: number;
  build: boolean;
  appPath: string;
  profile: boolean;
  /** Which data the CPU profile uses: 'real', a synthetic row count, or null for the slowest. */
  profileRows: 'real' | number | null;
  strict: boolean;
  help: boolean;
}
export declare const USAGE: string;
export declare function parseBenchArgs(argv: readonly string[]): BenchOptions;
