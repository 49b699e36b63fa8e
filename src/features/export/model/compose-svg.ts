import { BRIEFING_TEXT, type LegendItem, type SlideModel } from '@/features/briefing';
import { escapeXml } from '@/lib/escape-xml';
import { textWidth, wrapText } from '@/lib/text-width';

export { escapeXml };

/**
 * The canonical export is 1920 x 1080 whatever the window (PNG at 1x or 2x of this). Text is
 * never cut: every block wraps in full; the chart gives up height down to MIN_CHART_HEIGHT, and
 * beyond that the image grows taller.
 */
export const CANVAS = { width: 1920, height: 1080 } as const;
const PAD = 64;
const INNER = CANVAS.width - 2 * PAD;
export const MIN_CHART_HEIGHT = 480;
const MAX_CHART_HEIGHT = 600;
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif";
export const INK = { text: '#14181f', muted: '#4a5361', background: '#ffffff' } as const;
export const EXPORT_FONT_SIZE = 22;
const LINE = 1.3;

interface TextBlock {
  lines: string[];
  size: number;
  weight: number;
  fill: string;
}
export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface ExportLayout {
  width: number;
  height: number;
  chart: ChartBox;
  /** Text above the chart, legend rows and text below it, each with its top y. */
  above: { block: TextBlock; y: number }[];
  legendRows: { items: LegendItem[]; y: number }[];
  below: { block: TextBlock; y: number }[];
}

const block = (text: string, size: number, fill: string, weight = 400): TextBlock => ({
  lines: text.trim() === '' ? [] : wrapText(text, INNER, size, weight),
  size,
  weight,
  fill,
});
const blockHeight = (b: TextBlock) => b.lines.length * b.size * LINE;

const LEGEND_SIZE = 22;
const legendItemWidth = (item: LegendItem) => 38 + textWidth(item.label, LEGEND_SIZE, 400) + 36;

/** Legend items in rows that fit the width (a long legend wraps instead of running off). */
function legendRows(items: readonly LegendItem[]): LegendItem[][] {
  const rows: LegendItem[][] = [];
  let row: LegendItem[] = [];
  let used = 0;
  for (const item of items) {
    const width = legendItemWidth(item);
    if (row.length > 0 && used + width > INNER) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(item);
    used += width;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** The source, the as-of date and the note, each on its own line(s), in the interface language. */
export function footerTexts(slide: SlideModel): string[] {
  const t = BRIEFING_TEXT;
  const url = slide.source.url ? ` (${slide.source.url})` : '';
  return [
    `${t.sourceLabel}: ${slide.source.text}${url}.`,
    `${t.asOfLabel} ${slide.asOf}.`,
    ...(slide.note ? [`${t.noteLabel}: ${slide.note}`] : []),
  ];
}

/** Where everything goes: text blocks measured and wrapped first, the chart takes what is left. */
export function exportLayout(slide: SlideModel): ExportLayout {
  const t = BRIEFING_TEXT;
  const aboveBlocks = [
    block(slide.title, 52, INK.text, 700),
    block(slide.takeaway, 32, INK.text, 600),
    block(`${slide.units}. ${t.filtersLabel}: ${slide.filterSummary}.`, 22, INK.muted),
  ];
  const belowBlocks = footerTexts(slide).map((text) => block(text, 20, INK.muted));
  const rows = legendRows(slide.legend);
  const gap = 16;
  const aboveHeight = aboveBlocks.reduce((sum, b) => sum + blockHeight(b) + gap, 0);
  const legendHeight = rows.length * 36;
  const belowHeight = belowBlocks.reduce((sum, b) => sum + blockHeight(b) + 4, 0);
  const textHeight = PAD + aboveHeight + gap + legendHeight + gap + belowHeight + PAD / 2;
  const chartHeight = Math.min(
    MAX_CHART_HEIGHT,
    Math.max(MIN_CHART_HEIGHT, CANVAS.height - textHeight),
  );
  const height = Math.max(CANVAS.height, Math.ceil(textHeight + chartHeight));

  let y = PAD;
  const above = aboveBlocks.map((b) => {
    const placed = { block: b, y };
    y += blockHeight(b) + gap;
    return placed;
  });
  const chart = { x: PAD, y, width: INNER, height: chartHeight };
  y += chartHeight + gap;
  const legend = rows.map((items) => {
    const placed = { items, y };
    y += 36;
    return placed;
  });
  // The footer sits at the bottom of the image (it is the last thing read).
  y = Math.max(y + gap, height - PAD / 2 - belowHeight);
  const below = belowBlocks.map((b) => {
    const placed = { block: b, y };
    y += blockHeight(b) + 4;
    return placed;
  });
  return { width: CANVAS.width, height, chart, above, legendRows: legend, below };
}

function textSvg({ block: b, y }: { block: TextBlock; y: number }): string {
  return b.lines
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${Math.round(y + (i + 0.85) * b.size * LINE)}" font-size="${b.size}" font-weight="${b.weight}" fill="${b.fill}">${escapeXml(line)}</text>`,
    )
    .join('');
}

function legendSvg(items: readonly LegendItem[], top: number): string {
  let x = PAD;
  const y = top + 26;
  return items
    .map((item) => {
      const swatch = item.line
        ? `<rect x="${x}" y="${y - 12}" width="28" height="5" fill="${INK.text}"/>`
        : `<rect x="${x}" y="${y - 20}" width="28" height="20" fill="${item.colour}" stroke="${INK.text}"/>${
            item.hatched
              ? `<rect x="${x}" y="${y - 20}" width="28" height="20" fill="url(#export-hatch)"/>`
              : ''
          }`;
      const label = `<text x="${x + 38}" y="${y}" font-size="${LEGEND_SIZE}" fill="${INK.text}">${escapeXml(item.label)}</text>`;
      x += legendItemWidth(item);
      return swatch + label;
    })
    .join('');
}

/**
 * The export image: title, takeaway, filters and units, the chart (its own SVG, drawn at
 * layout.chart's size), the legend, then the source, the as-of date and any note. Fixed light
 * colours; every text block wraps in full (see exportLayout).
 */
export function composeSvg(
  slide: SlideModel,
  chartSvg: string | null,
  layout: ExportLayout = exportLayout(slide),
): string {
  const { width, height, chart: box } = layout;
  const chart =
    slide.empty || chartSvg === null
      ? textSvg({ block: block(slide.takeaway, 32, INK.muted), y: box.y + 40 })
      : `<g transform="translate(${box.x} ${box.y})">${chartSvg}</g>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_STACK.replaceAll("'", '&apos;')}">`,
    `<title>${escapeXml(`${slide.title}: ${slide.takeaway}`)}</title>`,
    '<defs><pattern id="export-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="8" fill="#ffffff" fill-opacity="0.6"/></pattern></defs>',
    `<rect width="100%" height="100%" fill="${INK.background}"/>`,
    ...layout.above.map(textSvg),
    chart,
    ...layout.legendRows.map((row) => legendSvg(row.items, row.y)),
    ...layout.below.map(textSvg),
    '</svg>',
  ].join('');
}
