import PptxGenJS from 'pptxgenjs';
import { INTL_LOCALES } from '@/lib/i18n/locale';
import type { PptxChartSlide, PptxDeck } from './model/pptx-deck';
import { sourceLines } from './model/pptx-deck';
import { addNativeChart } from './pptx-chart';
import { fitColumns, textHeight } from './pptx-layout';
import { accentBar, INNER, MARGIN, SLIDE_H, TEMPLATES } from './pptx-template';

/**
 * Lays out a PptxDeck with pptxgenjs: text boxes, native charts (chart parts with their data),
 * notes. This module is only ever imported on demand (import('./write-pptx')), so the library
 * stays out of the first download.
 */

/** A chart drawn as a picture: a PNG data URL and its size in pixels. */
export interface ChartPicture {
  data: string;
  width: number;
  height: number;
}

/** Disputed figures shown on a slide; the rest are in its notes. */
const MAX_DISPUTED = 3;
/** The chart's least height (inches) when disputed figures are listed under it. */
const MIN_CHART_H = 3.2;

async function addChartSlide(
  pptx: PptxGenJS,
  deck: PptxDeck,
  page: PptxChartSlide,
  picture: (page: PptxChartSlide) => Promise<ChartPicture>,
) {
  const t = TEMPLATES[deck.template];
  const lang = INTL_LOCALES[deck.language];
  const slide = pptx.addSlide();
  accentBar(slide, t);
  // Top down: title, takeaway, units and filters; bottom up: source, disputed figures.
  let y = 0.3;
  const stack = (text: string, fontSize: number, options: PptxGenJS.TextPropsOptions) => {
    const h = textHeight([text], fontSize, INNER, options.bold === true);
    slide.addText(text, {
      x: MARGIN,
      y,
      w: INNER,
      h,
      fontSize,
      lang,
      valign: 'top',
      margin: 0.05,
      ...options,
    });
    y += h;
  };
  stack(page.title, t.size.title, { bold: true, color: t.text });
  stack(page.takeaway, t.size.takeaway, { bold: t.bold, color: t.text });
  stack(page.metaLine, t.size.meta, { color: t.muted });
  const sourceH = textHeight([page.sourceLine], t.size.source, INNER);
  const sourceY = SLIDE_H - 0.2 - sourceH;
  slide.addText(page.sourceLine, {
    x: MARGIN,
    y: sourceY,
    w: INNER,
    h: sourceH,
    fontSize: t.size.source,
    color: t.muted,
    lang,
    valign: 'top',
    margin: 0.05,
  });
  // As many disputed figures as leave the chart MIN_CHART_H tall (at least one); the rest are in the notes.
  const disputedLines = (count: number) => {
    const more = page.disputed.length - count;
    return [
      `⚠ ${deck.disputedLabel}`,
      ...page.disputed.slice(0, count),
      ...(more > 0 ? [deck.moreInNotes(more)] : []),
    ];
  };
  let count = Math.min(MAX_DISPUTED, page.disputed.length);
  while (
    count > 1 &&
    sourceY - textHeight(disputedLines(count), t.size.source, INNER) - y < MIN_CHART_H
  )
    count -= 1;
  const shown = page.disputed.slice(0, count);
  const disputed = disputedLines(count);
  const disputedH = shown.length > 0 ? textHeight(disputed, t.size.source, INNER) : 0;
  if (shown.length > 0) {
    slide.addText(
      disputed.map((line, i) => ({
        text: line,
        options: { bold: i === 0, breakLine: i < disputed.length - 1 },
      })),
      {
        x: MARGIN,
        y: sourceY - disputedH,
        w: INNER,
        h: disputedH,
        fontSize: t.size.source,
        color: t.disputed,
        lang,
        valign: 'top',
        margin: 0.05,
      },
    );
  }
  const box = { x: MARGIN, y: y + 0.05, w: INNER, h: Math.max(1.5, sourceY - disputedH - y - 0.1) };
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
    // The picture keeps its proportions, centred in the chart box.
    const image = await picture(page);
    const scale = Math.min(box.w / image.width, box.h / image.height);
    const w = image.width * scale;
    const h = image.height * scale;
    slide.addImage({
      data: image.data,
      x: box.x + (box.w - w) / 2,
      y: box.y + (box.h - h) / 2,
      w,
      h,
      altText: page.title,
    });
  }
  slide.addNotes(page.notes);
}

function addCover(pptx: PptxGenJS, deck: PptxDeck) {
  const t = TEMPLATES[deck.template];
  const lang = INTL_LOCALES[deck.language];
  const slide = pptx.addSlide();
  accentBar(slide, t);
  const titleSize = t.size.title + 6;
  const titleH = textHeight([deck.cover.title], titleSize, INNER, true);
  slide.addText(deck.cover.title, {
    x: MARGIN,
    y: 0.6,
    w: INNER,
    h: titleH,
    fontSize: titleSize,
    bold: true,
    color: t.text,
    lang,
  });
  slide.addText(
    [
      { text: deck.cover.viewsLabel, options: { bold: true, breakLine: true } },
      ...deck.cover.views.map((view, i) => ({
        text: `${i + 1}. ${view}`,
        options: { breakLine: i < deck.cover.views.length - 1 },
      })),
    ],
    {
      x: MARGIN,
      y: 0.8 + titleH,
      w: INNER,
      h: 4.6 - titleH,
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
      y: 5.0,
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
  const width = INNER / 2 - 0.1;
  const citationH = textHeight([deck.closing.citation], t.size.source, INNER);
  const top = 1.05;
  const columns = fitColumns(
    sourceLines(deck.closing.sources),
    t.size.list,
    width,
    SLIDE_H - 0.3 - citationH - top,
  );
  const pages = Math.max(1, Math.ceil(columns.length / 2));
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
      margin: 0.05,
    });
    columns.slice(p * 2, p * 2 + 2).forEach((column, c) => {
      slide.addText(
        column.map((line, i) => ({ text: line, options: { breakLine: i < column.length - 1 } })),
        {
          x: MARGIN + c * (width + 0.2),
          y: top,
          w: width,
          h: textHeight(column, t.size.list, width),
          fontSize: t.size.list,
          color: t.text,
          lang,
          valign: 'top',
          margin: 0.05,
        },
      );
    });
    if (p === pages - 1) {
      slide.addText(deck.closing.citation, {
        x: MARGIN,
        y: SLIDE_H - 0.2 - citationH,
        w: INNER,
        h: citationH,
        fontSize: t.size.source,
        bold: true,
        color: t.text,
        lang,
        valign: 'top',
        margin: 0.05,
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
  picture: (page: PptxChartSlide) => Promise<ChartPicture>,
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
