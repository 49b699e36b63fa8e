import type { ReactNode } from 'react';
import type { RechartsFill } from 'recharts';

/** One stacked series of the donor chart: its data key, name and fill (colour or texture). */
export interface DonorSeries {
  key: string;
  label: string;
  colour: string;
  /** A colour, or a Recharts fill object (a texture over the colour). */
  fill: string | RechartsFill;
}

/** The data key of a row's sum: the one `Bar` of the chart draws it, the shape splits it. */
export const ROW_SUM_KEY = '__rowSum';

/** What Recharts gives a bar's `shape`: its box, its fill and the data row. */
export interface DonorRowShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  index?: number;
  payload?: Record<string, unknown>;
}

type Definition = NonNullable<RechartsFill['definition']>;

/** The sum of a row's parts (absent parts count 0). */
export function rowSum(row: Record<string, unknown>, keys: readonly string[]): number {
  let sum = 0;
  for (const key of keys) {
    const value = row[key];
    if (typeof value === 'number' && Number.isFinite(value)) sum += value;
  }
  return sum;
}

/**
 * The segments of one row, left to right: each part's share of the bar's drawn width (the bar
 * spans the row's sum). Empty and negative parts draw nothing.
 */
export function rowSegments(
  row: Record<string, unknown>,
  keys: readonly string[],
  x: number,
  width: number,
): { key: string; index: number; x: number; width: number }[] {
  const sum = rowSum(row, keys);
  if (!(sum > 0) || !Number.isFinite(x + width) || width === 0) return [];
  const scale = width / sum;
  const segments = [];
  let cursor = x;
  for (const [index, key] of keys.entries()) {
    const value = row[key];
    if (typeof value !== 'number' || !(value > 0)) continue;
    const length = value * scale;
    segments.push({ key, index, x: cursor, width: length });
    cursor += length;
  }
  return segments;
}

/**
 * A Recharts `shape` for a chart with one `Bar` (the row's sum) that draws every stacked part of
 * the row as a plain <rect> (`data-series` names its part). One Bar instead of one per series
 * keeps Recharts' work per redraw to one bar per row: about half the redraw of a stacked chart.
 * A row with its own fill object (`fill` in the data: the hatched joint bar) paints every part
 * in its series colour under that fill's texture. The first row also writes the pattern
 * definitions of the series textures (`idPrefix` keeps them apart from other charts').
 */
export function donorRowShape(
  series: readonly DonorSeries[],
  idPrefix: string,
  ownFill?: RechartsFill,
) {
  const keys = series.map((item) => item.key);
  const paint = (item: DonorSeries, index: number, own: boolean) => {
    if (own && ownFill) return `url(#${idPrefix}-own-${index})`;
    return typeof item.fill === 'string' ? item.fill : `url(#${idPrefix}-${index})`;
  };
  const definitions: ReactNode[] = [];
  for (const [index, item] of series.entries()) {
    if (typeof item.fill !== 'string' && item.fill.definition) {
      const Texture: Definition = item.fill.definition;
      definitions.push(
        <Texture key={`t${index}`} id={`${idPrefix}-${index}`} color={item.colour} />,
      );
    }
    if (ownFill?.definition) {
      const Own: Definition = ownFill.definition;
      definitions.push(
        <Own key={`o${index}`} id={`${idPrefix}-own-${index}`} color={item.colour} />,
      );
    }
  }
  return function DonorRow({
    x = 0,
    y = 0,
    width = 0,
    height = 0,
    index,
    payload,
  }: DonorRowShapeProps) {
    if (!payload || !Number.isFinite(y + height) || height === 0) return null;
    const own = typeof payload.fill === 'object' && payload.fill !== null;
    const top = height < 0 ? y + height : y;
    return (
      <>
        {index === 0 && definitions.length > 0 && <defs>{definitions}</defs>}
        {rowSegments(payload, keys, x, width).map((segment) => {
          const item = series[segment.index];
          if (!item) return null;
          return (
            <rect
              key={segment.key}
              className="recharts-rectangle"
              data-series={segment.key}
              x={segment.x}
              y={top}
              width={segment.width}
              height={Math.abs(height)}
              fill={paint(item, segment.index, own)}
            />
          );
        })}
      </>
    );
  };
}

/** What Recharts gives a tooltip's `content` (the parts used here). */
export interface DonorTooltipProps {
  active?: boolean;
  label?: ReactNode;
  payload?: readonly { payload?: Record<string, unknown> }[];
}

/**
 * The tooltip's content for the one-Bar chart: the row's parts, one line each, in Recharts'
 * default tooltip markup (its classes and inline styles), so it looks as the stacked chart's did.
 */
export function donorTooltipContent(
  series: readonly DonorSeries[],
  format: (value: number) => string,
) {
  return function DonorTooltip({ active, label, payload }: DonorTooltipProps) {
    const row = payload?.[0]?.payload;
    if (!active || !row) return null;
    const lines = series.filter((item) => typeof row[item.key] === 'number');
    return (
      <div
        className="recharts-default-tooltip"
        style={{
          margin: 0,
          padding: 10,
          backgroundColor: '#fff',
          border: '1px solid #ccc',
          whiteSpace: 'nowrap',
        }}
      >
        <p className="recharts-tooltip-label" style={{ margin: 0 }}>
          {label}
        </p>
        <ul className="recharts-tooltip-item-list" style={{ padding: 0, margin: 0 }}>
          {lines.map((item) => (
            <li
              key={item.key}
              className="recharts-tooltip-item"
              style={{
                display: 'block',
                paddingTop: 4,
                paddingBottom: 4,
                color: 'var(--color-text)',
              }}
            >
              <span className="recharts-tooltip-item-name">{item.label}</span>
              <span className="recharts-tooltip-item-separator"> : </span>
              <span className="recharts-tooltip-item-value">{format(Number(row[item.key]))}</span>
            </li>
          ))}
        </ul>
      </div>
    );
  };
}
