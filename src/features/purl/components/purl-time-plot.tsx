import { useId } from 'react';
import { formatDecimal, formatEur } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import type { PurlEvent } from '../model/purl-timeline';
import { binLabel, purlPlotLayout, GLYPH } from '../model/purl-plot-layout';
import type { BinUnit } from '../model/purl-time-axis';
import { PURL_COLOURS } from './purl-colours';

export interface PlotPalette {
  text: string;
  muted: string;
  grid: string;
  line: string;
  lineWidth: number;
}

export interface PlotHover {
  event: PurlEvent;
  number: number;
  /** The segment's centre, in the SVG's pixels. */
  x: number;
  y: number;
}

export interface PurlTimePlotProps {
  events: readonly PurlEvent[];
  perMonth: boolean;
  width: number;
  height?: number;
  fontSize: number;
  /** The least type size of the titles and key (the theme's chart text size); default 12. */
  minFontSize?: number;
  palette: PlotPalette;
  /** Ids of events whose amount is disputed (marked with `mark`). */
  disputed: ReadonlySet<string>;
  mark: string;
  locale: Locale;
  title: string;
  desc?: string;
  runningTitle: string;
  barsTitle: Record<BinUnit, string>;
  /** False: no key in the plot (the deck lists it beside the chart); default true. */
  withKey?: boolean;
  onHover?: (hover: PlotHover | null) => void;
}

/** Wrapped title lines ending at the text's y (the last line sits on it). */
const titleLines = (lines: readonly string[], f: number) =>
  lines.map((line, i) => (
    <tspan key={i} x={0} dy={i === 0 ? -(lines.length - 1) * f * 1.25 : f * 1.25}>
      {line}
    </tspan>
  ));

/**
 * The PURL timeline drawn on a true time axis: a running-total panel with its own labelled axis
 * above a panel of bars (one stack per week, or per month when weeks get too narrow), each segment
 * numbered in a key that names its donors. Used on the page, on the slide and in exports.
 */
export function PurlTimePlot(props: PurlTimePlotProps) {
  const { events, palette, fontSize: f, disputed, mark, onHover } = props;
  const hatchId = `purl-hatch-${useId().replace(/:/g, '')}`;
  const layout = purlPlotLayout(events, {
    width: props.width,
    height: props.height,
    fontSize: f,
    ...(props.minFontSize === undefined ? {} : { minFontSize: props.minFontSize }),
    perMonth: props.perMonth,
    disputed,
    mark,
    locale: props.locale,
    runningTitle: props.runningTitle,
    barsTitle: props.barsTitle,
    withKey: props.withKey ?? true,
  });
  const { left, width, running, bars, x } = layout;
  const right = width - layout.right;
  const gridTicks = (max: number, step: number) =>
    Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  const last = layout.steps.at(-1);
  let path = `M${x(layout.domain[0])},${layout.yRunning(0)}`;
  for (const step of layout.steps) path += `H${x(step.at)}V${layout.yRunning(step.eur)}`;
  path += `H${right}`;
  const endLabel = last ? formatEur(last.eur) : '';
  const endX = last ? x(last.at) : 0;
  const endAnchor = endX + endLabel.length * f * GLYPH + 8 > right ? 'end' : 'start';
  return (
    <svg
      width={width}
      height={layout.height}
      viewBox={`0 0 ${width} ${layout.height}`}
      role="img"
      aria-label={props.title}
      focusable="false"
      className="purl-time-plot"
      fontSize={f}
      fill={palette.text}
    >
      <title>{props.title}</title>
      {props.desc && <desc>{props.desc}</desc>}
      <defs>
        <pattern
          id={hatchId}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill={PURL_COLOURS.joint} />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" strokeOpacity="0.6" />
        </pattern>
      </defs>
      {/* Vertical grid at the month ticks, through both panels. */}
      {layout.ticks.map((tick) => (
        <line
          key={`g${tick.value}`}
          x1={x(tick.value)}
          x2={x(tick.value)}
          y1={running.top}
          y2={bars.bottom}
          stroke={palette.grid}
        />
      ))}
      {/* Each panel's box (invisible): its height is what a reader gets to read the panel. */}
      {[running, bars].map((panel, i) => (
        <rect
          key={`p${i}`}
          data-testid="purl-panel"
          x={left}
          y={panel.top}
          width={Math.max(0, right - left)}
          height={panel.bottom - panel.top}
          fill="none"
        />
      ))}
      {/* Running-total panel: its own axis and title, value at the end of the line. */}
      <text
        x={0}
        y={running.top - layout.tickRoom - layout.titleFontSize * 0.6}
        fontWeight={600}
        fontSize={layout.titleFontSize}
        data-testid="purl-running-title"
      >
        {titleLines(layout.runningTitleLines, layout.titleFontSize)}
      </text>
      {gridTicks(running.max, running.step).map((v) => (
        <g key={`r${v}`}>
          <line
            x1={left}
            x2={right}
            y1={layout.yRunning(v)}
            y2={layout.yRunning(v)}
            stroke={palette.grid}
          />
          <text
            x={left - 6}
            y={layout.yRunning(v)}
            dy="0.35em"
            textAnchor="end"
            fill={palette.muted}
          >
            {formatDecimal(v / 1e6)}
          </text>
        </g>
      ))}
      <path d={path} fill="none" stroke={palette.line} strokeWidth={palette.lineWidth} />
      {layout.steps.map((step, i) => (
        <circle
          key={`d${i}`}
          cx={x(step.at)}
          cy={layout.yRunning(step.eur)}
          r={palette.lineWidth + 1}
          fill={palette.line}
        />
      ))}
      {last && (
        <text
          x={endAnchor === 'start' ? endX + 6 : endX - 6}
          y={layout.yRunning(last.eur) - f * 0.5}
          textAnchor={endAnchor}
          fontWeight={600}
          data-testid="purl-running-end"
        >
          {endLabel}
        </text>
      )}
      {/* Package panel. */}
      <text
        x={0}
        y={bars.top - layout.labelRoom - layout.titleFontSize * 0.6}
        fontWeight={600}
        fontSize={layout.titleFontSize}
      >
        {titleLines(layout.barsTitleLines, layout.titleFontSize)}
      </text>
      {gridTicks(bars.max, bars.step).map((v) => (
        <g key={`b${v}`}>
          <line
            x1={left}
            x2={right}
            y1={layout.yBar(v)}
            y2={layout.yBar(v)}
            stroke={palette.grid}
          />
          <text x={left - 6} y={layout.yBar(v)} dy="0.35em" textAnchor="end" fill={palette.muted}>
            {formatDecimal(v / 1e6)}
          </text>
        </g>
      ))}
      {layout.bins.map((bin) => {
        const x0 = x(bin.start) + 1;
        const w = Math.max(2, x(bin.end) - x(bin.start) - 2);
        let base = 0;
        const label = binLabel(bin, disputed, mark);
        const top = layout.yBar(bin.events.reduce((sum, e) => sum + e.eur, 0));
        const horizontal = label.length * f * GLYPH <= w + 2;
        const cx = x0 + w / 2;
        return (
          <g
            key={bin.start}
            data-testid="purl-bin"
            data-start={new Date(bin.start).toISOString().slice(0, 10)}
          >
            {bin.events.map((event, i) => {
              const y1 = layout.yBar(base);
              base += event.eur;
              const y0 = layout.yBar(base);
              const isDisputed = disputed.has(event.id);
              return (
                <rect
                  key={event.id}
                  data-testid="purl-segment"
                  data-date={event.date}
                  data-event-id={event.id}
                  x={x0}
                  y={y0}
                  width={w}
                  height={Math.max(1, y1 - y0)}
                  fill={event.joint ? `url(#${hatchId})` : PURL_COLOURS.single}
                  stroke={isDisputed ? palette.text : '#ffffff'}
                  strokeWidth={isDisputed ? 1.5 : 0.5}
                  strokeDasharray={isDisputed ? '3 2' : undefined}
                  onMouseEnter={
                    onHover && (() => onHover({ event, number: bin.numbers[i] ?? 0, x: cx, y: y0 }))
                  }
                  onMouseLeave={onHover && (() => onHover(null))}
                />
              );
            })}
            <text
              x={cx}
              y={top - 4}
              textAnchor={horizontal ? 'middle' : 'start'}
              dy={horizontal ? 0 : '0.35em'}
              transform={horizontal ? undefined : `rotate(-90 ${cx} ${top - 4})`}
              data-testid="purl-bin-label"
            >
              {label}
            </text>
          </g>
        );
      })}
      <line x1={left} x2={right} y1={bars.bottom} y2={bars.bottom} stroke={palette.muted} />
      {layout.ticks.map((tick) => (
        <g key={`t${tick.value}`} data-testid="purl-time-tick" data-value={tick.value}>
          <line
            x1={x(tick.value)}
            x2={x(tick.value)}
            y1={bars.bottom}
            y2={bars.bottom + 5}
            stroke={palette.muted}
          />
          <text x={x(tick.value)} y={bars.bottom + f * 1.3} textAnchor="start" fill={palette.muted}>
            {tick.label}
          </text>
        </g>
      ))}
      {/* The key: each number's donors and amount (no hovering needed). */}
      {layout.key.map((entry) => (
        <g key={entry.number} data-testid="purl-key-entry" fontSize={layout.keyFontSize}>
          <rect
            x={entry.x}
            y={entry.y - layout.keyFontSize * 0.5}
            width={layout.keyFontSize * 0.8}
            height={layout.keyFontSize * 0.8}
            fill={entry.event.joint ? `url(#${hatchId})` : PURL_COLOURS.single}
          />
          <text x={entry.x + layout.keyFontSize * 1.1} y={entry.y}>
            {entry.lines.map((line, i) => (
              <tspan
                key={i}
                x={entry.x + layout.keyFontSize * 1.1}
                dy={i === 0 ? '0.35em' : '1.4em'}
              >
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </svg>
  );
}
