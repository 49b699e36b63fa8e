/**
 * Text sizes on a slide, estimated (PowerPoint has no layout engine we can ask): the average glyph
 * of the system sans fonts is about 0.52 em wide (0.6 em bold) and a line about 1.2 em high. Boxes are stacked
 * with these heights, so a long takeaway or source line pushes the chart, never overlaps it.
 */
const GLYPH_EM = 0.52;
const BOLD_GLYPH_EM = 0.6;
const LINE_EM = 1.2;

/** Lines `text` takes in a box `width` inches wide at `fontSize` points (words are not split). */
export function lineCount(text: string, fontSize: number, width: number, bold = false): number {
  const glyph = bold ? BOLD_GLYPH_EM : GLYPH_EM;
  const perLine = Math.max(10, Math.floor((width * 72) / (fontSize * glyph)));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    const length = word.length + (used > 0 ? 1 : 0);
    if (used + length > perLine && used > 0) {
      lines += Math.ceil(word.length / perLine);
      used = word.length % perLine;
    } else {
      used += length;
    }
  }
  return lines;
}

/** Height in inches of paragraphs `texts` at `fontSize` in a box `width` wide (with its insets). */
export function textHeight(
  texts: readonly string[],
  fontSize: number,
  width: number,
  bold = false,
): number {
  const lines = texts.reduce((sum, text) => sum + lineCount(text, fontSize, width - 0.2, bold), 0);
  return (lines * fontSize * LINE_EM) / 72 + 0.12;
}

/**
 * Splits `items` into columns that fit `height` inches: each column as many whole items as fit,
 * in order (a sources slide has two columns; more columns make more slides).
 */
export function fitColumns(
  items: readonly string[],
  fontSize: number,
  width: number,
  height: number,
): string[][] {
  const columns: string[][] = [];
  let column: string[] = [];
  for (const item of items) {
    if (column.length > 0 && textHeight([...column, item], fontSize, width) > height) {
      columns.push(column);
      column = [];
    }
    column.push(item);
  }
  if (column.length > 0) columns.push(column);
  return columns;
}
