import PptxGenJS from 'pptxgenjs';
import { INTL_LOCALES } from '@/lib/i18n/locale';
import type { NativeChart } from './model/native-charts';
import type { PptxChartSlide, PptxDeck, PptxTemplate } from './model/pptx-deck';
import { sourceLines } from './model/pptx-deck';

/**
 * Lays out a PptxDeck with pptxgenjs: text boxes, native charts (chart parts with their data),
 * notes. This module is only ever imported on demand (import('./write-pptx')), so the library
 * stays out of the first download.
 */

interface Template {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  disputed: string;
  bold: boolean;
  size: {
    title: number;
    takeaway: number;
    meta: number;
    source: number;
    chart: number;
    list: number;
  };
  lineWidth: number;
}

/** Light: the app's light theme. Projector: black on white, larger and bolder (high contrast). */
const TEMPLATES: Record<PptxTemplate, Template> = {
  light: {
    text: '14181F',
    muted: '4A5361',
    grid: 'D5D9DF',
    accent: '0072B2',
    disputed: '9A3412',
    bold: false,
    size: { title: 28, takeaway: 18, meta: 12, source: 10, chart: 11, list: 9 },
    lineWidth: 2.25,
  },
  projector: {
    text: '000000',
    muted: '1F1F1F',
    grid: '8A8A8A',
    accent: '0033A0',
    disputed: '7C2D12',
    bold: true,
    size: { title: 32, takeaway: 22, meta: 14, source: 12, chart: 14, list: 10 },
    lineWidth: 4,
  },
};

/** Slide size (LAYOUT_WIDE, inches) and margins. */
const W = 13.333;
const MARGIN = 0.5;
const INNER = W - 2 * MARGIN;
/** Source lines per column of the sources slide, two columns per slide. */
const SOURCES_PER_COLUMN = 16;

const hex = (colour: string) => colour.replace('#', '').toUpperCase();

/** Number format code of the value axis and data table (Excel syntax). */
const numberFormat = (decimals: number) =>
  decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';

function accentBar(slide: PptxGenJS.Slide, t: Template) {
  slide.addShape('rect', {
    x: 0,
    y: 0,
    w: W,
    h: t.bold ? 0.16 : 0.1,
    fill: { color: t.accent },
    line: { color: t.accent },
  });
}

function addNativeChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  chart: NativeChart,
  t: Template,
  box: PptxGenJS.PositionProps,
) {
  const labels = chart.categories;
  const barData = chart.bars.map((s) => ({ name: s.name, labels, values: s.values }));
  const format = numberFormat(chart.decimals);
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
      ...(chart.direction === 'horizontal'
        ? // pptxgenjs writes the value as given; its types only name 'minMax'.
          { catAxisOrientation: 'maxMin' as unknown as 'minMax' }
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

async function addChartSlide(
  pptx: PptxGenJS,
  deck: PptxDeck,
  page: PptxChartSlide,
  picture: (page: PptxChartSlide) => Promise<string>,
) {
  const t = TEMPLATES[deck.template];
  const lang = INTL_LOCALES[deck.language];
  const slide = pptx.addSlide();
  accentBar(slide, t);
  slide.addText(page.title, {
    x: MARGIN,
    y: 0.3,
    w: INNER,
    h: 0.65,
    fontSize: t.size.title,
    bold: true,
    color: t.text,
    lang,
    valign: 'top',
  });
  slide.addText(page.takeaway, {
    x: MARGIN,
    y: 0.95,
    w: INNER,
    h: 0.8,
    fontSize: t.size.takeaway,
    bold: t.bold,
    color: t.text,
    lang,
    valign: 'top',
  });
  slide.addText(page.metaLine, {
    x: MARGIN,
    y: 1.75,
    w: INNER,
    h: 0.35,
    fontSize: t.size.meta,
    color: t.muted,
    lang,
    valign: 'top',
  });
  const disputed = page.disputed.slice(0, 3);
  const disputedHeight = disputed.length === 0 ? 0 : 0.25 + 0.22 * disputed.length;
  const box = { x: MARGIN, y: 2.15, w: INNER, h: 4.6 - disputedHeight };
  if (page.empty) {
    slide.addText(page.takeaway, {
      ...box,
      fontSize: t.size.takeaway,
      color: t.muted,
      align: 'center',
      lang,
    });
  } else if (page.chart.kind === 'native') {
    addNativeChart(pptx, slide, page.chart, t, box);
  } else {
    // 3840 x 2160 drawn into the chart box (16:9 picture, centred).
    const h = box.h;
    const w = (h * 16) / 9;
    slide.addImage({
      data: await picture(page),
      x: MARGIN + (INNER - w) / 2,
      y: box.y,
      w,
      h,
      altText: page.title,
    });
  }
  if (disputed.length > 0) {
    slide.addText(
      [
        { text: `⚠ ${deck.disputedLabel}`, options: { bold: true, breakLine: true } },
        ...disputed.map((line, i) => ({
          text: line,
          options: { breakLine: i < disputed.length - 1 },
        })),
      ],
      {
        x: MARGIN,
        y: box.y + box.h + 0.05,
        w: INNER,
        h: disputedHeight,
        fontSize: t.size.source,
        color: t.disputed,
        lang,
        valign: 'top',
      },
    );
  }
  slide.addText(page.sourceLine, {
    x: MARGIN,
    y: 6.85,
    w: INNER,
    h: 0.5,
    fontSize: t.size.source,
    color: t.muted,
    lang,
    valign: 'top',
  });
  slide.addNotes(page.notes);
}

function addCover(pptx: PptxGenJS, deck: PptxDeck) {
  const t = TEMPLATES[deck.template];
  const lang = INTL_LOCALES[deck.language];
  const slide = pptx.addSlide();
  accentBar(slide, t);
  slide.addText(deck.cover.title, {
    x: MARGIN,
    y: 0.8,
    w: INNER,
    h: 1,
    fontSize: t.size.title + 6,
    bold: true,
    color: t.text,
    lang,
  });
  slide.addText(
    deck.cover.views.map((view, i) => ({
      text: `${i + 1}. ${view}`,
      options: { breakLine: i < deck.cover.views.length - 1 },
    })),
    {
      x: MARGIN,
      y: 2,
      w: INNER,
      h: 2.6,
      fontSize: t.size.takeaway,
      bold: t.bold,
      color: t.text,
      lang,
      valign: 'top',
    },
  );
  slide.addText(
    deck.cover.lines.map((line, i) => ({
      text: line,
      options: { breakLine: i < deck.cover.lines.length - 1 },
    })),
    {
      x: MARGIN,
      y: 4.9,
      w: INNER,
      h: 2,
      fontSize: t.size.meta,
      color: t.muted,
      lang,
      valign: 'top',
    },
  );
  slide.addNotes(deck.cover.notes);
}

function addClosing(pptx: PptxGenJS, deck: PptxDeck) {
  const t = TEMPLATES[deck.template];
  const lang = INTL_LOCALES[deck.language];
  const lines = sourceLines(deck.closing.sources);
  const perSlide = SOURCES_PER_COLUMN * 2;
  const pages = Math.max(1, Math.ceil(lines.length / perSlide));
  for (let p = 0; p < pages; p += 1) {
    const slide = pptx.addSlide();
    accentBar(slide, t);
    const title = pages > 1 ? `${deck.closing.title} (${p + 1}/${pages})` : deck.closing.title;
    slide.addText(title, {
      x: MARGIN,
      y: 0.3,
      w: INNER,
      h: 0.65,
      fontSize: t.size.title,
      bold: true,
      color: t.text,
      lang,
    });
    const chunk = lines.slice(p * perSlide, (p + 1) * perSlide);
    [chunk.slice(0, SOURCES_PER_COLUMN), chunk.slice(SOURCES_PER_COLUMN)].forEach((column, c) => {
      if (column.length === 0) return;
      slide.addText(
        column.map((line, i) => ({ text: line, options: { breakLine: i < column.length - 1 } })),
        {
          x: MARGIN + c * (INNER / 2 + 0.1),
          y: 1.05,
          w: INNER / 2 - 0.1,
          h: 5.55,
          fontSize: t.size.list,
          color: t.text,
          lang,
          valign: 'top',
          paraSpaceAfter: 2,
        },
      );
    });
    if (p === pages - 1) {
      slide.addText(deck.closing.citation, {
        x: MARGIN,
        y: 6.7,
        w: INNER,
        h: 0.65,
        fontSize: t.size.source,
        bold: true,
        color: t.text,
        lang,
        valign: 'top',
      });
    }
    slide.addNotes(deck.closing.notes);
  }
}

/**
 * The .pptx file of a deck (bytes: a Blob in the browser, a Buffer in Node). `picture` draws a chart that is not native (a PNG data URL); it is
 * called only for such slides.
 */
export async function writePptx(
  deck: PptxDeck,
  picture: (page: PptxChartSlide) => Promise<string>,
): Promise<ArrayBuffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.cover.title;
  pptx.subject = deck.cover.views.join('; ');
  addCover(pptx, deck);
  for (const page of deck.slides) await addChartSlide(pptx, deck, page, picture);
  addClosing(pptx, deck);
  return (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer;
}
