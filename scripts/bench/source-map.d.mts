// Types for source-map.mjs (used by its Vitest test).
import type { CallFrame } from './cpu-profile.mjs';

export declare function decodeVlqSegment(segment: string): number[];
export declare function lineSourceIndexes(mappings: string): (number | null)[];
export declare function moduleName(relativePath: string): string;
export declare function locateInDist(
  distRoot: string,
  projectRoot: string,
): Promise<(callFrame: CallFrame) => string | null>;
