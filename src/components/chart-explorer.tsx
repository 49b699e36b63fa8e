import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { formatCount } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
import {
  firstPoint,
  nextPoint,
  type ChartLayout,
  type ChartPoint,
  type PointGrid,
} from './chart-keys';

/** What a chart gives its frame so that a keyboard or screen-reader user can go through it. */
export interface ChartExplore {
  layout: ChartLayout;
  /** Category labels in drawing order (bars top to bottom, or along the time axis). */
  categories: readonly string[];
  /** Series names (segments of a stacked bar, lines), in the legend's order. */
  series: readonly string[];
  /** How many of the first series stack (the rest, e.g. a running-total line, stand alone). */
  stacked?: number;
  /** A point's value; undefined where the category has nothing in that series. */
  value: (category: number, series: number) => number | undefined;
  /** A value with its unit, as a sentence says it ("€86M", "1.25 EUR bn"). */
  format: (value: number) => string;
}

const LAYER_SELECTOR = 'g[class*="recharts-zIndex-layer"]:not([tabindex])';
const LEGEND_ICON_SELECTOR = '.recharts-legend-item > svg:not([aria-hidden])';

/**
 * Two fixes to what Recharts puts in the DOM, for every chart in a frame:
 * - Recharts draws its z-index layers (`g.recharts-zIndex-layer_*`) as React portal targets, and
 *   React listens for focus events on every portal container. Chromium makes an SVG element with
 *   focus listeners focusable, and without a tabindex attribute a Tab stop (its tabIndex property
 *   still reads -1). An explicit tabindex="-1" takes the layers out of the Tab order.
 * - Recharts names each legend icon "<series> legend icon", in English whatever the page's
 *   language. The icon is decorative (the series name is written beside it): hidden instead.
 * Layers and legends come and go as the chart redraws, hence the observer.
 */
export function useRechartsDomFixes(root: React.RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const fix = () => {
      for (const layer of element.querySelectorAll(LAYER_SELECTOR)) {
        layer.setAttribute('tabindex', '-1');
      }
      for (const icon of element.querySelectorAll(LEGEND_ICON_SELECTOR)) {
        icon.setAttribute('aria-hidden', 'true');
      }
    };
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [root]);
}

function gridOf(explore: ChartExplore): PointGrid {
  return {
    categories: explore.categories.length,
    series: explore.series.length,
    has: (category, series) => explore.value(category, series) !== undefined,
  };
}

/** "Poland · €86M, Bilateral military: €40M (2 of 15)". */
export function pointText(explore: ChartExplore, point: ChartPoint): string {
  const text = messages().a11y;
  const value = explore.value(point.category, point.series);
  return text.point(
    explore.categories[point.category] ?? '',
    explore.series[point.series] ?? '',
    value === undefined ? text.noValue : explore.format(value),
    formatCount(point.category + 1),
    formatCount(explore.categories.length),
  );
}

/**
 * The chart as one Tab stop. The arrow keys, Home and End move through its points (see
 * chart-keys.ts); each point is shown above the chart and spoken through a polite live region
 * (label, series, value with unit, position). A named region (as a scrollable table is), not role=application: a
 * screen reader keeps its browse mode, and the section before the chart and its data table say
 * the same.
 */
export function ChartExplorer({
  explore,
  title,
  children,
}: {
  explore: ChartExplore;
  title: string;
  children: ReactNode;
}) {
  const text = messages().a11y;
  const helpId = useId();
  const [point, setPoint] = useState<ChartPoint | null>(null);
  const [focused, setFocused] = useState(false);
  const grid = gridOf(explore);
  // A filter change can leave the point outside the chart: start again at the first.
  const current =
    point && point.category < grid.categories && point.series < grid.series
      ? point
      : firstPoint(grid);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = nextPoint(grid, explore.layout, current, event.key);
    if (!next) return;
    event.preventDefault();
    setPoint(next);
  };
  return (
    /* The chart's one Tab stop; its keys move through the points (WCAG 2.1.1). */
    /* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */
    <div
      className="chart-explorer"
      role="region"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      aria-label={text.chartName(title)}
      aria-describedby={helpId}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <span id={helpId} hidden>
        {text.chartKeys}
      </span>
      <p className="chart-explorer__readout" aria-live="polite" aria-atomic="true">
        {focused && current ? pointText(explore, current) : ''}
      </p>
      {children}
    </div>
  );
}
