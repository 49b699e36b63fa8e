/**
 * The width of a line of text in the app's font, for sizing chart axes to their labels (a label
 * that does not fit is cut by the SVG's edge). Measured with a canvas in the browser; where there
 * is no canvas (tests in Node or jsdom) it is estimated generously from the length.
 */
const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif";

/** Average glyph width per px of font size, on the wide side (DejaVu Sans digits are 0.64 em). */
const ESTIMATED_EM = 0.64;

let context: CanvasRenderingContext2D | null | undefined;
function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    const canvas = typeof document === 'undefined' ? null : document.createElement('canvas');
    // jsdom has no canvas: getContext is missing or logs "not implemented" and returns null.
    context =
      canvas && !/jsdom/i.test(navigator.userAgent) ? (canvas.getContext('2d') ?? null) : null;
  } catch {
    context = null;
  }
  return context;
}

/**
 * Axis labels are measured semibold: the projector theme draws them at 600, and a width that fits
 * the bolder text fits the regular one too.
 */
export const AXIS_WEIGHT = 600;

export function textWidth(text: string, fontSize: number, fontWeight = AXIS_WEIGHT): number {
  const measure = canvasContext();
  if (measure === null) return Math.ceil(text.length * fontSize * ESTIMATED_EM);
  measure.font = `${fontWeight} ${fontSize}px ${FONT_STACK}`;
  return Math.ceil(measure.measureText(text).width);
}

/** The widest of `labels` at `fontSize` (0 for none). */
export function widestText(
  labels: readonly string[],
  fontSize: number,
  fontWeight = AXIS_WEIGHT,
): number {
  return labels.reduce(
    (widest, label) => Math.max(widest, textWidth(label, fontSize, fontWeight)),
    0,
  );
}

/**
 * The words a line may break between: ordinary spaces only (`\s` would split an amount at its
 * no-break spaces, "158,1 Mrd. €"), and a mark or separator without letters or digits ("†", "·")
 * stays with the word before it, so no line starts with one or holds it alone.
 */
export function breakableWords(text: string): string[] {
  const words: string[] = [];
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    if (words.length > 0 && !/[\p{L}\p{N}]/u.test(word)) words.push(`${words.pop() ?? ''} ${word}`);
    else words.push(word);
  }
  return words;
}

/**
 * Greedy word wrap to `width` px at `fontSize`, measured, at breakableWords; a single word wider
 * than the line is kept whole.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  fontWeight = AXIS_WEIGHT,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of breakableWords(text)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, fontSize, fontWeight) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The widest run of `text` that may not be broken (words joined by no-break spaces). */
export function widestUnbreakable(text: string, fontSize: number): number {
  return widestText(breakableWords(text), fontSize);
}

/**
 * Width for a category axis: the widest label plus the tick gap, at most `max`; a label wider than
 * that is wrapped by its tick (see wrapText), so the axis never cuts it.
 */
export function categoryAxisWidth(
  labels: readonly string[],
  fontSize: number,
  max: number,
): number {
  return Math.min(Math.ceil(max), widestText(labels, fontSize) + 14);
}

/**
 * Right margin for a horizontal value axis: its last tick is centred on the chart's right edge,
 * so half of it must fit in the margin ("160,000" was cut to "160,00"). `max` is the largest
 * value drawn; the last tick is at most a nice step above it (1.25x covers Recharts' steps).
 */
export function endTickMargin(
  max: number,
  format: (value: number) => string,
  fontSize: number,
  minimum = 16,
): number {
  const widest = textWidth(format(Math.abs(max) * 1.25), fontSize);
  return Math.max(minimum, Math.ceil(widest / 2) + 4);
}
