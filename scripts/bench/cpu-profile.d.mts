// Types for cpu-profile.mjs (used by its Vitest test).
export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
  scriptId?: string;
}
export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
  hitCount?: number;
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}
export interface ProfileSummary {
  profileMs: number;
  busyMs: number;
  idleMs: number;
  gcMs: number;
  selfTop: { function: string; ms: number }[];
  totalTop: { function: string; ms: number }[];
  appTotalTop: { function: string; ms: number }[];
  selfByModule: { module: string; ms: number }[];
}
export declare function frameLabel(callFrame: CallFrame, module?: string | null): string;
export declare function sampleDurations(profile: CpuProfile): number[];
export declare function summariseProfile(
  profile: CpuProfile,
  options?: {
    top?: number;
    locate?: (callFrame: CallFrame) => string | null;
    appPrefix?: string;
  },
): ProfileSummary;
