import { useEffect, useState } from 'react';

/** Set once the first view has been painted: later mounts (another page, a re-mount) skip the wait. */
let firstViewPainted = false;

/** After the next frame is painted (a frame, then a task: the paint happens between them). */
function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * False until `ready` (the first view has what it needs to draw) and that view has been painted;
 * then true for good. Content below the first view mounts behind it, so that the first chart is
 * drawn without waiting for charts, tables and code nobody sees yet.
 */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [done, setDone] = useState(firstViewPainted);
  useEffect(() => {
    if (done || !ready) return undefined;
    return afterNextPaint(() => {
      firstViewPainted = true;
      setDone(true);
    });
  }, [done, ready]);
  return done;
}
