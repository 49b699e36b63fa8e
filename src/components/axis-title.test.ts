// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textWidth } from '@/lib/text-width';
import { axisTitleLayout } from './axis-title';

const TITLE = 'EUR billion (converted at reference rates)';

describe('axisTitleLayout', () => {
  it('centres a title that fits under the plot, on one line', () => {
    expect(axisTitleLayout(TITLE, 13, 800, 160)).toEqual({ lines: [TITLE], anchor: 'middle' });
  });

  it('on a phone wraps the title over the plot and the label column, every line inside', () => {
    // 390 px phone in the projector theme: a 120 px plot beside a 160 px label column.
    const layout = axisTitleLayout(TITLE, 17, 120, 160);
    expect(layout.anchor).toBe('end');
    expect(layout.lines.length).toBeGreaterThan(1);
    expect(layout.lines.join(' ')).toBe(TITLE);
    for (const line of layout.lines) expect(textWidth(line, 17)).toBeLessThanOrEqual(120 + 160 - 8);
  });
});
