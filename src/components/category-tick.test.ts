// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { wrapLabel } from './category-tick';

describe('wrapLabel', () => {
  it.each([
    ['Japan · €2.58B', 150, ['Japan · €2.58B']],
    ['EU institutions · €158B', 150, ['EU institutions ·', '€158B']],
    ['United Kingdom · €7.66B', 150, ['United Kingdom ·', '€7.66B']],
    // German: no-break spaces inside the amount keep "197 Mio. €" on one line.
    [
      'Gemeinsam, nicht zugeordnet · 197\u00a0Mio.\u00a0€',
      180,
      ['Gemeinsam, nicht', 'zugeordnet · 197\u00a0Mio.\u00a0€'],
    ],
    ['', 150, []],
  ])('%s at %i px', (text, width, lines) => {
    expect(wrapLabel(text, width)).toEqual(lines);
  });

  it('never gives a line longer than the width allows, unless one word is longer', () => {
    const lines = wrapLabel('Bosnia and Herzegovina and some more words · €1.2B', 150);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(19);
  });
});
