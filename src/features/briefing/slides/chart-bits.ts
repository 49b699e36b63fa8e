import { categoryAxisWidth } from '@/lib/text-width';
import type { ChartSize } from '../model/slide-types';

/**
 * A chart narrower than this is drawn for a narrow screen (a phone, a small embed): the theme's
 * chart text size, two-line labels, a PURL plot as tall as its panels need. The deck's side
 * layout at 1280x720 leaves its chart about 590 px, which is no phone.
 */
export const NARROW_CHART_WIDTH = 560;

/** Tick props for a canonical chart: the slide's font size and the palette's text colour. */
export const tickStyle = ({ fontSize, palette }: ChartSize) => ({ fontSize, fill: palette.text });

/**
 * Bars that fit the height at this font size (label height plus a gap). On a narrow chart (a
 * phone) labels take two lines, so each bar needs about twice the room.
 */
export function barsThatFit({ width, height, fontSize }: ChartSize, reserved: number): number {
  const perBar = fontSize * (width < NARROW_CHART_WIDTH ? 3.2 : 1.7);
  return Math.max(3, Math.floor((height - reserved) / perBar));
}

/** Keep the first `max - 1` rows and sum the rest into one row made by `merge` (a slide stays legible). */
export function topAndRest<Row>(
  rows: readonly Row[],
  max: number,
  merge: (rest: Row[]) => Row,
): Row[] {
  if (rows.length <= max) return [...rows];
  return [...rows.slice(0, max - 1), merge(rows.slice(max - 1))];
}

/**
 * Y-axis label width from the widest label, measured in the app's font, at most `max`; a wider
 * label is wrapped by SlideCategoryTick (the funding-gap slide cut "Need (Commission: …)").
 */
export function labelWidth(labels: readonly string[], fontSize: number, max: number): number {
  return categoryAxisWidth(labels, fontSize, max);
}
