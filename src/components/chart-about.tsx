import { formatCount } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
import type { ChartExplore } from './chart-explorer';

/** The largest stack (sum of a category's values) and the smallest value, for the value axis. */
export function valueRange(explore: ChartExplore): { min: number; max: number } {
  let min = 0;
  let max = 0;
  explore.categories.forEach((_label, category) => {
    let stack = 0;
    explore.series.forEach((_name, series) => {
      const value = explore.value(category, series) ?? 0;
      if (series < (explore.stacked ?? explore.series.length)) stack += value;
      else max = Math.max(max, value);
      min = Math.min(min, value);
    });
    max = Math.max(max, stack);
  });
  return { min, max };
}

/** The chart in words, from its points: type, axes and their ranges. */
export function describeChart(explore: ChartExplore, units: string): string[] {
  const text = messages().a11y;
  const count = formatCount(explore.categories.length);
  const series = explore.series.join(', ');
  const { min, max } = valueRange(explore);
  return [
    explore.layout === 'horizontal-bars'
      ? text.horizontalBars(count, series)
      : text.verticalBars(count, series),
    text.categoryAxis(explore.categories[0] ?? '', explore.categories.at(-1) ?? ''),
    text.valueAxis(units, explore.format(min), explore.format(max)),
  ];
}

/**
 * What a screen reader finds before a chart: its type, axes and ranges, the takeaway, and a link
 * that opens and focuses the chart's data table. Not shown, and not a Tab stop: browse mode
 * reaches it, a keyboard user has the "Show data table" button.
 */
export function ChartAbout({
  explore,
  units,
  summary,
  tableId,
  onOpenTable,
}: {
  explore: ChartExplore;
  units: string;
  summary: string | undefined;
  tableId: string;
  onOpenTable: () => void;
}) {
  const text = messages().a11y;
  return (
    <div className="visually-hidden">
      <p>{text.about}</p>
      {describeChart(explore, units).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {summary && (
        <p>
          {text.summary} {summary}
        </p>
      )}
      <a
        href={`#${tableId}`}
        tabIndex={-1}
        onClick={(event) => {
          event.preventDefault();
          onOpenTable();
        }}
      >
        {text.openTable}
      </a>
    </div>
  );
}
