// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { frameLabel, sampleDurations, summariseProfile, type CpuProfile } from './cpu-profile.mjs';

const frame = (functionName: string, url = '', lineNumber = -1) => ({
  functionName,
  url,
  lineNumber,
  columnNumber: 0,
});

// (root) -> App -> fmt, plus (idle) and (garbage collector); five samples of 1 ms each.
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 4, 5] },
    { id: 2, callFrame: frame('App', 'http://127.0.0.1/assets/index.js', 9), children: [3] },
    { id: 3, callFrame: frame('fmt', 'http://127.0.0.1/assets/index.js', 99), children: [] },
    { id: 4, callFrame: frame('(idle)') },
    { id: 5, callFrame: frame('(garbage collector)') },
  ],
  startTime: 0,
  endTime: 5000,
  samples: [3, 3, 2, 4, 5],
  timeDeltas: [0, 1000, 1000, 1000, 1000],
};

describe('sampleDurations', () => {
  it('gives each sample the time until the next one, the last until the end', () => {
    expect(sampleDurations(profile)).toEqual([1, 1, 1, 1, 1]);
    expect(
      sampleDurations({ ...profile, samples: [3, 2], timeDeltas: [500, 2000], endTime: 4000 }),
    ).toEqual([2, 1.5]);
  });
});

describe('frameLabel', () => {
  it.each([
    {
      callFrame: frame('fmt', 'http://h/assets/index.js?v=1', 99),
      module: null,
      expected: 'fmt (index.js:100)',
    },
    {
      callFrame: frame('fmt', 'http://h/assets/index.js', 99),
      module: 'src/lib/format.ts',
      expected: 'fmt (src/lib/format.ts)',
    },
    {
      callFrame: frame('', 'http://h/assets/index.js', 0),
      module: null,
      expected: '(anonymous) (index.js:1)',
    },
    { callFrame: frame('getBoundingClientRect'), module: null, expected: 'getBoundingClientRect' },
  ])('$expected', ({ callFrame, module, expected }) => {
    expect(frameLabel(callFrame, module)).toBe(expected);
  });
});

describe('summariseProfile', () => {
  it('splits self and total time, idle and garbage collection', () => {
    const summary = summariseProfile(profile);
    expect(summary).toMatchObject({ profileMs: 5, busyMs: 4, idleMs: 1, gcMs: 1 });
    expect(summary.selfTop).toEqual([
      { function: 'fmt (index.js:100)', ms: 2 },
      { function: 'App (index.js:10)', ms: 1 },
      { function: '(garbage collector)', ms: 1 },
    ]);
    expect(summary.totalTop).toEqual([
      { function: 'App (index.js:10)', ms: 3 },
      { function: 'fmt (index.js:100)', ms: 2 },
    ]);
  });

  it('names modules with locate() and sums self time per module', () => {
    const summary = summariseProfile(profile, {
      top: 2,
      locate: (callFrame) => (callFrame.functionName === 'fmt' ? 'src/lib/format.ts' : null),
    });
    expect(summary.selfTop).toEqual([
      { function: 'fmt (src/lib/format.ts)', ms: 2 },
      { function: 'App (index.js:10)', ms: 1 },
    ]);
    expect(summary.selfByModule).toEqual([
      { module: 'src/lib/format.ts', ms: 2 },
      { module: 'index.js', ms: 1 },
    ]);
    // Only functions located under src/ count as the app's own.
    expect(summary.appTotalTop).toEqual([{ function: 'fmt (src/lib/format.ts)', ms: 2 }]);
  });
});
