import { render } from '@testing-library/react';
import { Bar, type AxisDomain, type Margin } from 'recharts';
import type { ChartSize } from '../model/slide-types';
import { breakableWords } from '@/lib/text-width';
import { labelWidth } from './chart-bits';
import { HorizontalBarChart } from './horizontal-bar-chart';

const SIZE: ChartSize = {
  width: 800,
  height: 400,
  fontSize: 16,
  palette: { text: '#222222', muted: '#666666', grid: '#eeeeee', line: '#111111', lineWidth: 2 },
};

const ROWS = [
  { name: 'Germany · 51.3', value: 51.3 },
  { name: 'France · 34.0', value: 34 },
  { name: 'Netherlands · 13.4', value: 13.4 },
];
const LABELS = ROWS.map((r) => r.name);

function draw(
  extra: {
    maxLabelShare?: number;
    valueDomain?: AxisDomain;
    size?: ChartSize;
    rows?: typeof ROWS;
    margin?: Margin;
    barCategoryGap?: string;
  } = {},
  formatValue: (v: number) => string = (v) => `v${v}`,
) {
  const { size = SIZE, rows = ROWS, ...options } = extra;
  const { container } = render(
    <HorizontalBarChart
      size={size}
      data={rows}
      categoryKey="name"
      title="Guarantees, EUR bn"
      formatValue={formatValue}
      {...options}
    >
      <Bar dataKey="value" fill="#0055aa" isAnimationActive={false} />
    </HorizontalBarChart>,
  );
  /** A tick's text (Recharts may draw its words as separate <tspan>s). */
  const ticks = (axis: 'x' | 'y') =>
    [
      ...container.querySelectorAll(
        `.recharts-${axis}Axis-tick-labels .recharts-cartesian-axis-tick-value`,
      ),
    ].map((t) => [...t.querySelectorAll('tspan')].map((w) => w.textContent).join(' '));
  /** Each bar's path: `M left,top h width v height h -width Z`. */
  const bars = [...container.querySelectorAll('.recharts-bar-rectangle path')].map((p) => {
    const [left, top, , height] = [...(p.getAttribute('d') ?? '').matchAll(/-?[\d.]+/g)].map((m) =>
      Number(m[0]),
    );
    return { left, top, height };
  });
  return { container, ticks, bars, barLefts: bars.map((b) => b.left) };
}

describe('HorizontalBarChart', () => {
  it('draws a titled chart: a vertical-only grid, both axes and the given bars', () => {
    const { container, barLefts } = draw();
    const svg = container.querySelector('svg.recharts-surface');
    expect(svg?.getAttribute('width')).toBe('800');
    expect(svg?.getAttribute('height')).toBe('400');
    expect(svg?.querySelector('title')?.textContent ?? svg?.getAttribute('title')).toBe(
      'Guarantees, EUR bn',
    );
    expect(container.querySelector('.recharts-cartesian-grid-vertical')).not.toBeNull();
    expect(container.querySelector('.recharts-cartesian-grid-horizontal')).toBeNull();
    expect(container.querySelector('.recharts-xAxis')).not.toBeNull();
    expect(container.querySelector('.recharts-yAxis')).not.toBeNull();
    expect(barLefts).toHaveLength(ROWS.length);
  });

  it('labels every bar, in data order, with the category key', () => {
    expect(draw().ticks('y')).toEqual(LABELS);
  });

  it('keeps every label even when the chart is too short for Recharts’ default spacing', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ name: `Donor ${i + 1}`, value: i + 1 }));
    const { ticks } = draw({ rows, size: { ...SIZE, height: 120 } });
    expect(ticks('y')).toEqual(rows.map((r) => r.name));
  });

  /**
   * The values Recharts asks formatValue for, and the calls. jsdom measures no text, so Recharts
   * keeps only the axis's end tick here (a browser draws them all): enough to see the domain.
   */
  function valueTicks(options: { valueDomain?: AxisDomain } = {}) {
    const calls: unknown[][] = [];
    const { ticks } = draw(options, (...args: [number]) => {
      calls.push(args);
      return `${args[0]} bn`;
    });
    const values = [...new Set(calls.map((args) => args[0] as number))].sort((a, b) => a - b);
    return { calls, values, drawn: ticks('x') };
  }

  it('formats value ticks with formatValue, called with the value only (never the tick index)', () => {
    const { calls, values, drawn } = valueTicks();
    expect(values).toEqual([60]);
    expect(calls.every((args) => args.length === 1)).toBe(true);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((t) => /^\d+ bn$/.test(t))).toBe(true);
  });

  it.each([
    { name: 'Recharts’ own', domain: undefined, end: 60 },
    { name: 'fixed', domain: [0, 100] as AxisDomain, end: 100 },
    {
      name: 'a function of the data maximum',
      domain: [0, (max: number) => Math.ceil(max / 40) * 40] as AxisDomain,
      end: 80,
    },
  ])('value axis domain: $name, ends at $end', ({ domain, end }) => {
    expect(valueTicks(domain === undefined ? {} : { valueDomain: domain }).values.at(-1)).toBe(end);
  });

  it.each([
    { share: undefined, size: SIZE, capped: false },
    { share: 0.35, size: SIZE, capped: false },
    { share: undefined, size: { ...SIZE, width: 200 }, capped: true },
    { share: 0.35, size: { ...SIZE, width: 200 }, capped: true },
  ])(
    'label column: as wide as the longest label, at most $share of $size.width px, never under its widest word',
    ({ share, size, capped }) => {
      const max = size.width * (share ?? 0.4);
      const byLabel = labelWidth(LABELS, size.fontSize, max);
      expect(byLabel === max).toBe(capped);
      // A word wider than the share ("Netherlands" at 200 px) widens the column, up to half.
      const widestWord = labelWidth(LABELS.flatMap(breakableWords), size.fontSize, size.width / 2);
      const expected = Math.max(byLabel, widestWord);
      if (capped) expect(expected).toBeGreaterThan(byLabel);
      const { barLefts } = draw(share === undefined ? { size } : { size, maxLabelShare: share });
      // The default margin: 4 px left of the label column.
      for (const left of barLefts) expect(left).toBeCloseTo(4 + expected, 5);
    },
  );

  it('takes a margin (top and left edge of the plot) instead of the default', () => {
    const expected = labelWidth(LABELS, SIZE.fontSize, SIZE.width * 0.4);
    const standard = draw().bars;
    const wide = draw({ margin: { top: 40, right: 24, bottom: 4, left: 30 } }).bars;
    expect(wide.map((b) => b.left)).toEqual(LABELS.map(() => 30 + expected));
    expect(wide[0]?.top).toBeGreaterThan((standard[0]?.top ?? 0) + 20);
  });

  it('takes a gap between categories: wider gaps, thinner bars', () => {
    const standard = draw().bars.map((b) => b.height ?? 0);
    const gapped = draw({ barCategoryGap: '24%' }).bars.map((b) => b.height ?? 0);
    expect(gapped).toHaveLength(ROWS.length);
    gapped.forEach((height, i) => expect(height).toBeLessThan((standard[i] ?? 0) * 0.9));
  });
});
