import { breakableWords, categoryAxisWidth, wrapText } from '@/lib/text-width';
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
 * phone) labels take two lines, so each bar needs about twice the room; given the `labels` (in
 * bar order), each bar shown has room for the most lines a shown label wraps to in its label
 * column (labelColumnWidth).
 */
export function barsThatFit(
  size: ChartSize,
  reserved: number,
  labels: readonly string[] = [],
  maxLabelShare = DEFAULT_LABEL_SHARE,
): number {
  const { width, height, fontSize } = size;
  const column = labelColumnWidth(labels, size, maxLabelShare);
  const lines = labels.map((label) => labelLines(label, column, fontSize).length);
  const perBar = (count: number) =>
    fontSize *
    Math.max(
      width < NARROW_CHART_WIDTH ? 3.2 : 1.7,
      Math.max(1, ...lines.slice(0, count)) * 1.1 + 0.6,
    );
  let count = Math.floor((height - reserved) / perBar(0));
  while (count > 3 && count * perBar(count) > height - reserved) count -= 1;
  return Math.max(3, count);
}

/** The share of a horizontal bar chart's width its label column may take by default. */
export const DEFAULT_LABEL_SHARE = 0.4;

/**
 * A horizontal bar chart's label column: the widest label up to `maxLabelShare` of the width,
 * and never less than the widest word, up to half the width (a phone cut "EU-Institutionen").
 */
export function labelColumnWidth(
  labels: readonly string[],
  { width, fontSize }: Pick<ChartSize, 'width' | 'fontSize'>,
  maxLabelShare = DEFAULT_LABEL_SHARE,
): number {
  return Math.max(
    labelWidth(labels, fontSize, width * maxLabelShare),
    labelWidth(labels.flatMap(breakableWords), fontSize, width * 0.5),
  );
}

/** A category label's lines in a label column of `width` (the tick gap left free). */
export const labelLines = (text: string, width: number, fontSize: number) =>
  wrapText(text, width - 14, fontSize);

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
