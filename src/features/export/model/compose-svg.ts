import type { LegendItem, SlideModel } from '@/features/briefing/model/slide-types';
import { escapeXml } from '@/lib/escape-xml';

export { escapeXml };

/** The canonical export: 1920 x 1080 whatever the window, PNG at 1x or 2x of this. */
export const CANVAS = { width: 1920, height: 1080 } as const;
const PAD = 64;
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif";
export const INK = { text: '#14181f', muted: '#4a5361', background: '#ffffff' } as const;

/** Where the chart goes and how big it is drawn (the registry renders it at this size). */
export const CHART_BOX = { x: PAD, y: 300, width: CANVAS.width - 2 * PAD, height: 600 } as const;
export const EXPORT_FONT_SIZE = 22;

/** Greedy wrap by an average glyph width (0.55 em for the system sans fonts), at most `maxLines`. */
export function wrapText(
  text: string,
  fontSize: number,
  width: number,
  maxLines: number,
): string[] {
  const perLine = Math.max(10, Math.floor(width / (fontSize * 0.55)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) line = next;
    else {
      if (line) lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${(kept[maxLines - 1] ?? '').slice(0, perLine - 1)}…`;
  return kept;
}

function textLines(
  lines: string[],
  x: number,
  y: number,
  size: number,
  fill: string,
  weight = 400,
): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + i * size * 1.25}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`,
    )
    .join('');
}

function legendSvg(items: readonly LegendItem[], y: number): string {
  let x = PAD;
  return items
    .map((item) => {
      const swatch = item.line
        ? `<rect x="${x}" y="${y - 12}" width="28" height="5" fill="${INK.text}"/>`
        : `<rect x="${x}" y="${y - 20}" width="28" height="20" fill="${item.colour}" stroke="${INK.text}"/>${
            item.hatched
              ? `<rect x="${x}" y="${y - 20}" width="28" height="20" fill="url(#export-hatch)"/>`
              : ''
          }`;
      const label = `<text x="${x + 38}" y="${y}" font-size="22" fill="${INK.text}">${escapeXml(item.label)}</text>`;
      x += 38 + item.label.length * 22 * 0.55 + 36;
      return swatch + label;
    })
    .join('');
}

/** The chart's own SVG (drawn at CHART_BOX size), moved into place. */
function placeChart(chartSvg: string): string {
  return `<g transform="translate(${CHART_BOX.x} ${CHART_BOX.y})">${chartSvg}</g>`;
}

/**
 * The export image: title, takeaway, filters and units, the chart (its own SVG, drawn by the
 * registry at CHART_BOX size), the legend, the source and the as-of date. Fixed light colours.
 */
export function composeSvg(slide: SlideModel, chartSvg: string | null): string {
  const inner = CANVAS.width - 2 * PAD;
  const title = textLines([slide.title], PAD, PAD + 44, 52, INK.text, 700);
  const takeaway = textLines(wrapText(slide.takeaway, 32, inner, 2), PAD, 170, 32, INK.text, 600);
  const meta = textLines(
    wrapText(`${slide.units}. Filters: ${slide.filterSummary}.`, 22, inner, 2),
    PAD,
    250,
    22,
    INK.muted,
  );
  const chart =
    slide.empty || chartSvg === null
      ? textLines([slide.takeaway], PAD, CHART_BOX.y + 80, 32, INK.muted)
      : placeChart(chartSvg);
  const legend = legendSvg(slide.legend, CHART_BOX.y + CHART_BOX.height + 44);
  const source = textLines(
    wrapText(
      `Source: ${slide.source.text}${slide.source.url ? ` (${slide.source.url})` : ''}. As of ${slide.asOf}.`,
      20,
      inner,
      2,
    ),
    PAD,
    CANVAS.height - 72,
    20,
    INK.muted,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CANVAS.width}" height="${CANVAS.height}" viewBox="0 0 ${CANVAS.width} ${CANVAS.height}" font-family="${FONT_STACK.replaceAll("'", '&apos;')}">`,
    `<title>${escapeXml(`${slide.title}: ${slide.takeaway}`)}</title>`,
    '<defs><pattern id="export-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="8" fill="#ffffff" fill-opacity="0.6"/></pattern></defs>',
    `<rect width="100%" height="100%" fill="${INK.background}"/>`,
    title,
    takeaway,
    meta,
    chart,
    legend,
    source,
    '</svg>',
  ].join('');
}
