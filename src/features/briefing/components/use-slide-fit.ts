import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How a deck slide is laid out, most room for the chart first: on a wide, short screen the units,
 * legend, key and source beside the chart ('side'); the same with the title and takeaway in
 * smaller type ('side-tight'), then also in a wider column ('side-wide': a long source line);
 * the source under both ('side-source-below'); the stacked layout; and last the stacked layout
 * in smaller type ('compact', never under the theme's chart text size). slide-columns.css draws
 * each; a narrow slide is stacked in all but 'compact'.
 */
export const SLIDE_FITS = [
  'side',
  'side-tight',
  'side-wide',
  'side-source-below',
  'stacked',
  'compact',
] as const;
export type SlideFit = (typeof SLIDE_FITS)[number];

/** The next layout to try when `fit` overflows, or null when there is none left. */
export function nextFit(fit: SlideFit): SlideFit | null {
  return SLIDE_FITS[SLIDE_FITS.indexOf(fit) + 1] ?? null;
}

/**
 * The first layout in SLIDE_FITS in which the slide's box (`ref`, the deck's slide) does not
 * overflow. Tried again from the first when the box changes size (a resize, the speaker notes) or
 * the content (`content`: text, language, theme) changes. Every step runs before the browser
 * paints, so only the chosen layout is seen.
 */
export function useSlideFit(
  ref: RefObject<HTMLElement | null>,
  content: string,
  enabled: boolean,
): SlideFit {
  const [size, setSize] = useState('');
  const [chosen, setChosen] = useState<{ key: string; fit: SlideFit }>({
    key: '',
    fit: SLIDE_FITS[0],
  });
  // A new box size or new content starts again from the roomiest layout.
  const key = `${size}|${content}`;
  const fit = chosen.key === key ? chosen.fit : SLIDE_FITS[0];

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || !enabled || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      setSize(`${box.clientWidth}x${box.clientHeight}`);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [ref, enabled]);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || !enabled) return;
    const overflows =
      box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
    const next = overflows ? nextFit(fit) : null;
    if (next) setChosen({ key, fit: next });
  }, [ref, enabled, fit, key]);

  return fit;
}
