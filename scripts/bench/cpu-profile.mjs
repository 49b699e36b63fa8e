// Pure summary of a V8 CPU profile (CDP Profiler.stop): where the main thread spent its time.

const PSEUDO_NODES = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

const fileOf = (url) => url.split(/[?#]/, 1)[0]?.split('/').pop() ?? url;

/**
 * "name (module)" when `module` is known, else "name (file:line)" (profile lines are 0-based);
 * functions of the browser itself (no script) keep their bare name.
 */
export function frameLabel(callFrame, module = null) {
  const name = callFrame.functionName || '(anonymous)';
  if (module) return `${name} (${module})`;
  if (!callFrame.url) return name;
  return `${name} (${fileOf(callFrame.url)}:${callFrame.lineNumber + 1})`;
}

/** The bucket of a frame's self time: its module, a pseudo node, or the browser's own work. */
function moduleBucket(callFrame, module) {
  if (PSEUDO_NODES.has(callFrame.functionName)) return callFrame.functionName;
  if (module) return module;
  return callFrame.url ? fileOf(callFrame.url) : '(browser: DOM, style, layout)';
}

const frameKey = (callFrame) =>
  `${callFrame.functionName}|${callFrame.url}|${callFrame.lineNumber}|${callFrame.columnNumber}`;

/**
 * Duration of each sample in ms: the time until the next sample (the last one runs to endTime).
 * `timeDeltas[i]` is the gap before sample i, in microseconds.
 */
export function sampleDurations(profile) {
  const { samples = [], timeDeltas = [] } = profile;
  const stamps = [];
  let time = profile.startTime;
  for (let index = 0; index < samples.length; index += 1) {
    time += timeDeltas[index] ?? 0;
    stamps.push(time);
  }
  return stamps.map((stamp, index) => {
    const next = index + 1 < stamps.length ? stamps[index + 1] : profile.endTime;
    return Math.max(0, (next ?? stamp) - stamp) / 1000;
  });
}

function addTo(map, key, label, ms, module = null) {
  const entry = map.get(key);
  if (entry) entry.ms += ms;
  else map.set(key, { label, ms, module });
}

const topOf = (map, top, keep = () => true) =>
  [...map.values()]
    .filter((entry) => keep(entry.module))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top)
    .map(({ label, ms }) => ({ function: label, ms: Math.round(ms * 10) / 10 }));

/**
 * Self time (the function itself was running) and total time (it was on the stack) per function,
 * the `top` largest of each, self time per module, plus idle, GC and the profile's length, in ms.
 * `locate(callFrame)` names the source module of a frame (or null), see source-map.mjs.
 * `appTotalTop`: total time of the project's own functions (module under `appPrefix`), which
 * shows the chain from a component down to the hot function.
 */
export function summariseProfile(
  profile,
  { top = 15, locate = () => null, appPrefix = 'src/' } = {},
) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parents.set(child, node.id);
  }
  const self = new Map();
  const total = new Map();
  const modules = new Map();
  const located = new Map();
  const moduleOf = (callFrame) => {
    const key = frameKey(callFrame);
    if (!located.has(key)) located.set(key, locate(callFrame));
    return located.get(key) ?? null;
  };
  const durations = sampleDurations(profile);
  let idleMs = 0;
  let gcMs = 0;
  let busyMs = 0;
  (profile.samples ?? []).forEach((nodeId, index) => {
    const ms = durations[index] ?? 0;
    const node = nodes.get(nodeId);
    if (!node) return;
    const { callFrame } = node;
    if (callFrame.functionName === '(idle)') {
      idleMs += ms;
      return;
    }
    busyMs += ms;
    if (callFrame.functionName === '(garbage collector)') gcMs += ms;
    const module = moduleOf(callFrame);
    addTo(self, frameKey(callFrame), frameLabel(callFrame, module), ms);
    const bucket = moduleBucket(callFrame, module);
    addTo(modules, bucket, bucket, ms);
    const seen = new Set();
    for (let id = nodeId; id !== undefined; id = parents.get(id)) {
      const frame = nodes.get(id)?.callFrame;
      if (!frame || PSEUDO_NODES.has(frame.functionName)) continue;
      const key = frameKey(frame);
      if (seen.has(key)) continue; // recursion: count a sample once per function
      seen.add(key);
      const module = moduleOf(frame);
      addTo(total, key, frameLabel(frame, module), ms, module);
    }
  });
  const round = (ms) => Math.round(ms * 10) / 10;
  return {
    profileMs: round((profile.endTime - profile.startTime) / 1000),
    busyMs: round(busyMs),
    idleMs: round(idleMs),
    gcMs: round(gcMs),
    selfTop: topOf(self, top),
    totalTop: topOf(total, top),
    appTotalTop: topOf(total, top, (module) => module?.startsWith(appPrefix) ?? false),
    selfByModule: topOf(modules, top).map(({ function: module, ms }) => ({ module, ms })),
  };
}
