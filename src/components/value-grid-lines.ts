import type { ComponentProps } from 'react';
import type { CartesianGrid } from 'recharts';

type VerticalGenerator = NonNullable<
  ComponentProps<typeof CartesianGrid>['verticalCoordinatesGenerator']
>;

/**
 * The vertical grid lines of a number axis that draws every tick (`interval={0}`): one at each
 * tick and one at each edge of the plot, as Recharts' default gives, without what the default
 * does first: it measures every tick label in the DOM (a hidden span, a forced layout each) to
 * find the ticks a `preserveEnd` axis would hide, on every redraw.
 */
export const everyTickVerticalLines: VerticalGenerator = ({ xAxis, offset }) => {
  const lines: number[] = [];
  const scale = xAxis?.scale;
  if (scale) {
    for (const value of xAxis.ticks ?? xAxis.niceTicks ?? []) {
      const x = scale.map(value);
      if (typeof x === 'number' && Number.isFinite(x)) lines.push(x);
    }
  }
  const left = offset.left;
  const right = offset.left + offset.width;
  if (!lines.includes(left)) lines.push(left);
  if (!lines.includes(right)) lines.push(right);
  return lines;
};

type HorizontalGenerator = NonNullable<
  ComponentProps<typeof CartesianGrid>['horizontalCoordinatesGenerator']
>;

/**
 * For a grid drawn without horizontal lines (`horizontal={false}`): Recharts still computes
 * their places from the category axis, measuring each label in the DOM; there are none to place.
 */
export const noHorizontalLines: HorizontalGenerator = () => [];

/** For a grid drawn without vertical lines (`vertical={false}`): see noHorizontalLines. */
export const noVerticalLines: VerticalGenerator = () => [];

/**
 * A grid of vertical lines only (`<CartesianGrid {...VERTICAL_LINES_ONLY} />`): no horizontal
 * lines, and none of their places computed.
 */
export const VERTICAL_LINES_ONLY = {
  horizontal: false,
  horizontalCoordinatesGenerator: noHorizontalLines,
} as const;

/** A grid of horizontal lines only: no vertical lines, and none of their places computed. */
export const HORIZONTAL_LINES_ONLY = {
  vertical: false,
  verticalCoordinatesGenerator: noVerticalLines,
} as const;
