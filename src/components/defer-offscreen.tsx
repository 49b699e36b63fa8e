import { isValidElement, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { whenIdle } from '@/lib/when-idle';

/** How far outside the viewport content still counts as visible (it is about to scroll in). */
const NEAR_VIEWPORT = '300px 0px';
/**
 * Draws `children` at once when they are on (or near) the screen; off screen, the last drawing
 * stays so that a filter change redraws what the reader sees first. With `catchUp="idle"` (the
 * default) it catches up when the browser is idle. With `catchUp="near"` (a chart whose numbers are
 * also in its description and data table outside this wrapper) a redraw of the same drawing waits
 * until it scrolls near: an off-screen redraw nobody sees is not made; a different kind of content
 * (the first drawing after a placeholder, or a note instead of the chart) still comes when idle,
 * so the page as loaded has every chart drawn. Printing (`beforeprint`, or the print media query
 * turning on) and focus inside bring it up to date at once. Without IntersectionObserver (tests,
 * old browsers) it simply draws `children`.
 *
 * `children` must be a new element when what it shows changes (as JSX always is); an unchanged
 * element object is what lets React skip the frozen subtree.
 */
export function DeferOffscreen({
  children,
  className,
  catchUp = 'idle',
}: {
  children: ReactNode;
  className?: string;
  catchUp?: 'idle' | 'near';
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  const [shown, setShown] = useState(children);
  // Up to date while visible: remember what is drawn, so that it can stay once off screen.
  if (visible && shown !== children) setShown(children);
  // The latest content, for catching up from outside a render (idle, print, focus).
  const latest = useRef(children);
  useEffect(() => {
    latest.current = children;
  });

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => setVisible(entries.some((entry) => entry.isIntersecting)),
      { rootMargin: NEAR_VIEWPORT },
    );
    observer.observe(element);
    const beforePrint = () => flushSync(() => setShown(latest.current));
    const onFocus = () => setShown(latest.current);
    // Print media without a beforeprint event (an emulated print medium, some print paths).
    const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onPrintMedia = (event: MediaQueryListEvent) => {
      if (event.matches) beforePrint();
    };
    window.addEventListener('beforeprint', beforePrint);
    print?.addEventListener('change', onPrintMedia);
    element.addEventListener('focusin', onFocus);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
      print?.removeEventListener('change', onPrintMedia);
      element.removeEventListener('focusin', onFocus);
    };
  }, []);

  // Stale while off screen: catch up once the browser has nothing more urgent to do.
  const stale = !visible && shown !== children;
  const waitUntilNear = catchUp === 'near' && sameKind(shown, children);
  useEffect(() => {
    if (!stale || waitUntilNear) return undefined;
    const idle = whenIdle(() => setShown(latest.current));
    return () => idle.cancel();
  }, [stale, children, waitUntilNear]);

  return (
    <div ref={ref} className={className}>
      {visible ? children : shown}
    </div>
  );
}

/** Both are elements of the same component or tag: a redraw of the same drawing, not a new one. */
function sameKind(a: ReactNode, b: ReactNode): boolean {
  return isValidElement(a) && isValidElement(b) && a.type === b.type;
}
