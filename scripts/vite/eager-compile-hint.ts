/**
 * V8's explicit compile hint for a whole file (Chrome 136 and later): with this comment on its
 * first line, a script's functions are compiled while it downloads, on a background thread,
 * instead of one by one on the main thread when each is first called. Other browsers read a
 * comment. Given to the first-view chunk only: much of its code runs before the first
 * chart is drawn, and every function of a hinted file is compiled, used or not.
 *
 * Measured with 12 alternating cold loads: first chart 1,179 -> 1,034 ms at 4x CPU slowdown (1.17x
 * -> 1.03x of the baseline). That overstates the gain: the slowdown applies to the main thread, not
 * to the compile thread; at full speed, 455 -> 434 ms (20 loads). docs/benchmark.md has the runs.
 */
import type { Plugin } from 'vite';

export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Source map mappings with every generated line one lower (a line was added at the top). */
const mappingsShiftedDown = (mappings: string) => `;${mappings}`;

/** Source map JSON with every generated line one lower (a line was added at the top). */
export function shiftSourceMapDown(mapJson: string): string {
  const map = JSON.parse(mapJson) as { mappings: string };
  return JSON.stringify({ ...map, mappings: mappingsShiftedDown(map.mappings) });
}

/** The chunk named `chunkName` gets the hint as its first line (its source map follows). */
export function eagerCompileHint(chunkName: string): Plugin {
  return {
    name: 'eager-compile-hint',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own additions to the chunk (its preload helper's first line).
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk' || output.name !== chunkName) continue;
          if (output.code.startsWith(EAGER_COMPILE_HINT)) continue;
          output.code = `${EAGER_COMPILE_HINT}\n${output.code}`;
          const mapAsset = bundle[`${output.fileName}.map`];
          if (mapAsset?.type === 'asset' && typeof mapAsset.source === 'string')
            mapAsset.source = shiftSourceMapDown(mapAsset.source);
          else if (output.map) output.map.mappings = mappingsShiftedDown(output.map.mappings);
        }
      },
    },
  };
}
