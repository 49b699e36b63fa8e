// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { valueTickCount } from './donor-value-axis';

describe('valueTickCount', () => {
  it('fits as many ticks as the labels leave room for, one em of gap on each side', () => {
    // 60 px labels at 13 px: 86 px per tick.
    expect(valueTickCount(700, 60, 13)).toBe(5);
    expect(valueTickCount(300, 60, 13)).toBe(4);
    expect(valueTickCount(250, 60, 13)).toBe(3);
  });

  it('keeps at least zero and the largest, and at most five (the default of Recharts)', () => {
    expect(valueTickCount(50, 60, 13)).toBe(2);
    expect(valueTickCount(5000, 40, 13)).toBe(5);
  });

  it('draws fewer ticks when the projector theme makes the labels larger', () => {
    expect(valueTickCount(400, 75, 17)).toBeLessThan(valueTickCount(400, 60, 13));
  });
});
