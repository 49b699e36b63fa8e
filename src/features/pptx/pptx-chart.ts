import type PptxGenJS from 'pptxgenjs';
import type { NativeChart } from './model/native-charts';
import type { Template } from './pptx-template';

const hex = (colour: string) => colour.replace('#', '').toUpperCase();

/**
 * Number format of a value axis (Excel syntax): no decimals from 100 up, one from 1, else up to
 * the chart's own. The cached values keep every digit; this is only how ticks are printed.
 */
function axisFormat(top: number, decimals: number): string {
  const places = Math.min(decimals, top >= 100 ? 0 : top >= 1 ? 1 : 2);
  return places > 0 ? `#,##0.${'0'.repeat(places)}` : '#,##0';
}

/** The top of the stacked bars (the value axis' extent). */
const stackTop = (chart: NativeChart) =>
  Math.max(
    0,
    ...chart.categories.map((_, i) => chart.bars.reduce((sum, s) => sum + (s.values[i] ?? 0), 0)),
  );

/** A native chart: a chart part with its data (stacked bars, or bars and a line on a second axis). */
export function addNativeChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  chart: NativeChart,
  t: Template,
  box: PptxGenJS.PositionProps,
) {
  const labels = chart.categories;
  const barData = chart.bars.map((s) => ({ name: s.name, labels, values: s.values }));
  const format = axisFormat(stackTop(chart), chart.decimals);
  const axisText = { color: t.text, fontSize: t.size.chart, bold: t.bold };
  const common = {
    ...box,
    showLegend: true,
    legendPos: 'b' as const,
    legendFontSize: t.size.chart,
    legendColor: t.text,
    catAxisLabelColor: axisText.color,
    catAxisLabelFontSize: axisText.fontSize,
    catAxisLabelFontBold: axisText.bold,
    valAxisLabelColor: axisText.color,
    valAxisLabelFontSize: axisText.fontSize,
    valAxisLabelFormatCode: format,
    valGridLine: { color: t.grid, style: 'solid' as const, size: 1 },
    catGridLine: { style: 'none' as const },
    catAxisLineShow: true,
  };
  const barOptions = {
    barDir: chart.direction === 'horizontal' ? ('bar' as const) : ('col' as const),
    barGrouping: 'stacked' as const,
    overlap: 100,
    barGapWidthPct: 40,
    chartColors: chart.bars.map((s) => hex(s.colour)),
  };
  if (!chart.line) {
    slide.addChart(pptx.ChartType.bar, barData, {
      ...common,
      ...barOptions,
      // Horizontal bars: the first row on top, as on screen (PowerPoint draws bottom-up).
      // Every donor's name shown (PowerPoint would skip some when the bars are thin).
      ...(chart.direction === 'horizontal'
        ? // pptxgenjs writes the value as given; its types only name 'minMax'.
          { catAxisOrientation: 'maxMin' as unknown as 'minMax', catAxisLabelFrequency: '1' }
        : {}),
    });
    return;
  }
  const line = chart.line;
  const types: PptxGenJS.IChartMulti[] = [
    { type: pptx.ChartType.bar, data: barData, options: barOptions },
    {
      type: pptx.ChartType.line,
      data: [{ name: line.name, labels, values: line.values }],
      options: {
        chartColors: [hex(line.colour)],
        lineSize: t.lineWidth,
        lineDataSymbol: 'circle',
        lineDataSymbolSize: 6,
        secondaryValAxis: true,
        secondaryCatAxis: true,
      },
    },
  ];
  const options: PptxGenJS.IChartOpts = {
    ...common,
    valAxes: [
      { valAxisLabelFormatCode: format, valGridLine: common.valGridLine },
      { valAxisLabelFormatCode: format, valGridLine: { style: 'none' } },
    ],
    catAxes: [{ catAxisTitle: '' }, { catAxisHidden: true }],
  };
  // A combination chart takes its options in the place of the data (pptxgenjs' signature).
  slide.addChart(types, options as unknown as unknown[]);
}
