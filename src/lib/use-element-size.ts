import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The content size of an element, following resizes (window, full screen, rotation). With
 * `track: 'width'` the height is left at 0, so a change of height alone (content that grows or
 * shrinks with the data) does not render the caller again.
 */
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
  track: 'size' | 'width' = 'size',
): {
  width: number;
  height: number;
} {
  const [size, setSize] = useState({ width: 0, height: 0 });
  const last = useRef(size);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => {
      const box = element.getBoundingClientRect();
      const width = Math.round(box.width);
      const height = track === 'width' ? 0 : Math.round(box.height);
      // Unchanged: no state update at all (React would still call the component to bail out).
      if (width === last.current.width && height === last.current.height) return;
      last.current = { width, height };
      setSize(last.current);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', measure);
      return () => window.removeEventListener('resize', measure);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, track]);
  return size;
}
