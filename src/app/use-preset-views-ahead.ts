import { useEffect } from 'react';
import { presetDonors, presetIds } from '@/features/filters';
import { cachedPledgeView, hasCachedPledgeView, type PreparedPledges } from '@/features/pledges';
import type { FilterState } from '@/lib/filter-state';
import { whenIdle } from '@/lib/when-idle';

/**
 * The donor presets' views, under the other filters in use, computed ahead when the browser is
 * idle (one per idle period, after the off-screen sections have caught up with the last change):
 * a preset click then finds its figures ready instead of counting every row in the click. Starts
 * once the first view is drawn (`ready`); a change of the data, the split or a filter other than
 * the donors starts over for the new filter.
 */
export function usePresetViewsAhead(
  prepared: PreparedPledges | null,
  filters: FilterState,
  split: 'instrument' | 'category',
  ready: boolean,
): void {
  const { instruments, categories, from, to } = filters;
  useEffect(() => {
    if (!prepared || !ready) return undefined;
    const rest = { instruments, categories, from, to };
    const pending = presetIds
      .map((preset) => presetDonors(preset, prepared.purlContributors))
      .filter((donors, i) => presetIds[i] !== 'purl' || donors.length > 0)
      .map((donors): FilterState => ({ ...rest, donors }))
      .filter((filter) => !hasCachedPledgeView(prepared, filter, split));
    if (pending.length === 0) return undefined;
    // The first one idle period later: the sections catching up with this change come first.
    let idle = whenIdle(() => {
      idle = whenIdle(next);
    });
    function next() {
      const filter = pending.shift();
      if (!filter || !prepared) return;
      cachedPledgeView(prepared, filter, split);
      if (pending.length > 0) idle = whenIdle(next);
    }
    return () => idle.cancel();
  }, [prepared, instruments, categories, from, to, split, ready]);
}
