// @vitest-environment node
import {
  breakableWords,
  categoryAxisWidth,
  endTickMargin,
  textWidth,
  widestText,
  widestUnbreakable,
  wrapText,
} from './text-width';

describe('text width (estimated where there is no canvas)', () => {
  it('grows with the text and the font size', () => {
    expect(textWidth('160,000', 13)).toBeGreaterThan(textWidth('16,000', 13));
    expect(textWidth('160,000', 17)).toBeGreaterThanOrEqual(textWidth('160,000', 13) * 1.25);
  });
  it('an axis is as wide as its widest label plus the gap, up to the maximum', () => {
    const labels = ['Need (Commission: €135.7B)', 'Covered'];
    expect(categoryAxisWidth(labels, 13, 1000)).toBe(widestText(labels, 13) + 14);
    expect(categoryAxisWidth(labels, 13, 100)).toBe(100);
  });
  it('wraps a label wider than the axis at spaces, keeping every word', () => {
    const label = 'Need (Commission: €135.7B)';
    const lines = wrapText(label, 100, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(label);
    for (const line of lines) expect(textWidth(line, 13) <= 100 || !line.includes(' ')).toBe(true);
  });
  it('never breaks at a no-break space ("+ beschlossen", "135,7 Mrd. €")', () => {
    const lines = wrapText('+\u00a0beschlossen (Kommission: 135,7\u00a0Mrd.\u00a0€)', 60, 13);
    expect(lines[0]).toBe('+\u00a0beschlossen');
    expect(lines).toContain('135,7\u00a0Mrd.\u00a0€)');
    expect(widestUnbreakable('+\u00a0beschlossen x', 13)).toBe(textWidth('+\u00a0beschlossen', 13));
  });
  it('keeps a mark or separator with the word before it (no "† ·" line)', () => {
    expect(breakableWords('Deutschland † · 26,1\u00a0Mrd.\u00a0€')).toEqual([
      'Deutschland † ·',
      '26,1\u00a0Mrd.\u00a0€',
    ]);
    const lines = wrapText('Deutschland † · 26,1\u00a0Mrd.\u00a0€', 60, 19);
    expect(lines).toEqual(['Deutschland † ·', '26,1\u00a0Mrd.\u00a0€']);
  });
  it('never splits an amount at its no-break spaces ("158,1 Mrd. €" stays one word)', () => {
    const label = 'EU-Institutionen · 158,1\u00a0Mrd.\u00a0€';
    const lines = wrapText(label, 120, 19);
    expect(lines.at(-1)).toBe('158,1\u00a0Mrd.\u00a0€');
    expect(lines.join(' ')).toBe(label);
  });
});

describe('endTickMargin', () => {
  it('leaves room for half of the last tick label, and never less than the minimum', () => {
    const format = (value: number) => Math.round(value).toLocaleString('en-GB');
    const margin = endTickMargin(158_000, format, 13);
    expect(margin).toBeGreaterThanOrEqual(textWidth('160,000', 13) / 2);
    expect(endTickMargin(5, format, 13)).toBe(16);
    expect(endTickMargin(158_000, format, 17)).toBeGreaterThan(margin);
  });
});
