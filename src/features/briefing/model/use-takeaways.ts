import { useEffect, useState } from 'react';
import { whenIdle } from '@/lib/when-idle';

type Takeaways = typeof import('./takeaways');

let loaded: Takeaways | null = null;

/**
 * The deck's takeaway functions (takeaways.ts), for the charts' summaries. They and their wording
 * (briefing-text.ts, both languages) load as their own chunk after the first view: null until
 * then, and the summary appears a moment after the chart. `wanted`: false while the charts that
 * show them are not drawn yet (their data still loading): the chunk waits until then, and then
 * until the browser is idle (after the first chart's drawing, not during it).
 */
export function useTakeaways(wanted = true): Takeaways | null {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (module || !wanted) return;
    let live = true;
    const idle = whenIdle(() => {
      void import('./takeaways').then((imported) => {
        loaded = imported;
        if (live) setModule(imported);
      });
    });
    return () => {
      live = false;
      idle.cancel();
    };
  }, [module, wanted]);
  return module;
}
