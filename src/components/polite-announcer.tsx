import { useEffect, useRef } from 'react';

/** Quiet time after the last change before the sentence is announced. */
export const ANNOUNCE_DELAY_MS = 700;

/**
 * A polite live region that speaks `message` once it has stopped changing for `delay` ms: rapid
 * changes (ticking several boxes, typing a month) give one announcement, not one per change. The
 * first message (the page as loaded) is not spoken; only later ones are. The sentence is written
 * into the region directly (React never renders its text), so an announcement costs no React
 * render or commit.
 */
export function PoliteAnnouncer({
  message,
  delay = ANNOUNCE_DELAY_MS,
}: {
  message: string | null;
  delay?: number;
}) {
  const region = useRef<HTMLDivElement>(null);
  // The first message (the view as loaded) is the baseline: only what differs from it is spoken.
  const baseline = useRef<string | null>(null);
  useEffect(() => {
    if (message === null) return;
    if (baseline.current === null) {
      baseline.current = message;
      return;
    }
    const timer = window.setTimeout(() => {
      if (region.current) region.current.textContent = message;
    }, delay);
    return () => window.clearTimeout(timer);
  }, [message, delay]);
  return (
    <div
      ref={region}
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
    />
  );
}
