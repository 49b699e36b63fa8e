import { useEffect, useState } from 'react';

/** Off-screen content catches up when the browser is idle, at the latest after this long. */
const IDLE_TIMEOUT_MS = 1500;

export type Idle = { cancel: () => void };

// Every deferred section (and every useIdle) catches up in the same idle callback: their state updates are batched
// into one React render and commit, instead of one commit per section.
const waiting = new Set<() => void>();
let scheduled: Idle | null = null;

function runWaiting(): void {
  scheduled = null;
  const runs = [...waiting];
  waiting.clear();
  for (const run of runs) run();
}

function schedule(): Idle {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(runWaiting, { timeout: IDLE_TIMEOUT_MS });
    return { cancel: () => window.cancelIdleCallback(handle) };
  }
  const handle = window.setTimeout(runWaiting, 200);
  return { cancel: () => window.clearTimeout(handle) };
}

export function whenIdle(run: () => void): Idle {
  waiting.add(run);
  scheduled ??= schedule();
  return {
    cancel: () => {
      waiting.delete(run);
      if (waiting.size === 0 && scheduled) {
        scheduled.cancel();
        scheduled = null;
      }
    },
  };
}

/**
 * False until `ready` and then the browser has been idle once (at the latest IDLE_TIMEOUT_MS
 * later); then true for good. For code and content the first chart does not need: they are
 * requested after its drawing, not during it.
 */
export function useIdle(ready = true): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (idle || !ready) return undefined;
    const handle = whenIdle(() => setIdle(true));
    return () => handle.cancel();
  }, [idle, ready]);
  return idle;
}
