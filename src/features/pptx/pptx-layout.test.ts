// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fitColumns, lineCount, textHeight } from './pptx-layout';

describe('pptx layout estimates', () => {
  it('counts wrapped lines by words', () => {
    expect(lineCount('short', 10, 6)).toBe(1);
    // 6 in at 10 pt: about 83 characters a line (72 bold).
    expect(lineCount('word '.repeat(40).trim(), 10, 6)).toBe(3);
    expect(lineCount('word '.repeat(30).trim(), 10, 6)).toBe(2);
    expect(lineCount('word '.repeat(30).trim(), 10, 6, true)).toBe(3);
    expect(textHeight(['a', 'b'], 12, 6)).toBeCloseTo((2 * 12 * 1.2) / 72 + 0.12, 6);
  });

  it('fills columns in order without passing their height, every item once', () => {
    const items = Array.from({ length: 40 }, (_, i) => `Source ${i}: ${'x'.repeat(i * 5)}`);
    const columns = fitColumns(items, 9, 6, 5);
    expect(columns.flat()).toEqual(items);
    expect(columns.length).toBeGreaterThan(1);
    for (const column of columns) {
      expect(column.length === 1 || textHeight(column, 9, 6) <= 5).toBe(true);
    }
  });
});
