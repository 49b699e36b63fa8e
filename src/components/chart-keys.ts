/**
 * The keyboard model of a chart (pure, so that it is unit-tested): which point the arrow keys,
 * Home and End move to. A point is a category (a bar, a month) and a series (a segment in it).
 * Arrows follow the layout: in a horizontal bar chart the bars are a vertical list, so Up and
 * Down move between bars and Left and Right along the segments of one bar; in a chart with a
 * horizontal category axis (months, dates) Left and Right move along the axis and Up and Down
 * through the stack.
 */

export type ChartLayout = 'horizontal-bars' | 'vertical-bars';

export interface ChartPoint {
  category: number;
  series: number;
}

export interface PointGrid {
  categories: number;
  series: number;
  /** False where a category has no value in a series (an absent segment is skipped). */
  has: (category: number, series: number) => boolean;
}

/** The first series with a value in `category`, searching from `from` in `step` direction. */
function seriesWithValue(grid: PointGrid, category: number, from: number, step: 1 | -1) {
  for (let series = from; series >= 0 && series < grid.series; series += step) {
    if (grid.has(category, series)) return series;
  }
  return null;
}

/** A category's point: the current series if it has a value there, else its first one. */
function pointIn(grid: PointGrid, category: number, series: number): ChartPoint {
  if (grid.has(category, series)) return { category, series };
  return { category, series: seriesWithValue(grid, category, 0, 1) ?? 0 };
}

export function firstPoint(grid: PointGrid): ChartPoint | null {
  if (grid.categories === 0 || grid.series === 0) return null;
  return pointIn(grid, 0, 0);
}

const MOVES: Record<ChartLayout, Record<string, ['category' | 'series', 1 | -1]>> = {
  'horizontal-bars': {
    ArrowDown: ['category', 1],
    ArrowUp: ['category', -1],
    ArrowRight: ['series', 1],
    ArrowLeft: ['series', -1],
  },
  'vertical-bars': {
    ArrowRight: ['category', 1],
    ArrowLeft: ['category', -1],
    ArrowUp: ['series', 1],
    ArrowDown: ['series', -1],
  },
};

/**
 * The point after pressing `key` at `current`; null when the key is not the chart's (the page
 * keeps it). At an end the point stays where it is (the key is still the chart's).
 */
export function nextPoint(
  grid: PointGrid,
  layout: ChartLayout,
  current: ChartPoint,
  key: string,
): ChartPoint | null {
  if (grid.categories === 0 || grid.series === 0) return null;
  if (key === 'Home') return pointIn(grid, 0, current.series);
  if (key === 'End') return pointIn(grid, grid.categories - 1, current.series);
  const move = MOVES[layout][key];
  if (!move) return null;
  const [axis, step] = move;
  if (axis === 'category') {
    const category = Math.min(grid.categories - 1, Math.max(0, current.category + step));
    return pointIn(grid, category, current.series);
  }
  const series = seriesWithValue(grid, current.category, current.series + step, step);
  return series === null ? current : { category: current.category, series };
}
