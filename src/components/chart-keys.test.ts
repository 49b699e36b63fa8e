// @vitest-environment node
import { firstPoint, nextPoint, type PointGrid } from './chart-keys';

// 3 bars × 3 series; bar 1 has no value in series 0.
const grid: PointGrid = {
  categories: 3,
  series: 3,
  has: (category, series) => !(category === 1 && series === 0),
};
const at = (category: number, series: number) => ({ category, series });

describe('chart keyboard model', () => {
  it('starts at the first bar', () => {
    expect(firstPoint(grid)).toEqual(at(0, 0));
    expect(firstPoint({ categories: 0, series: 2, has: () => true })).toBeNull();
  });

  it('horizontal bars: Up and Down move along the vertical list of bars', () => {
    expect(nextPoint(grid, 'horizontal-bars', at(0, 0), 'ArrowDown')).toEqual(at(1, 1));
    expect(nextPoint(grid, 'horizontal-bars', at(1, 1), 'ArrowDown')).toEqual(at(2, 1));
    expect(nextPoint(grid, 'horizontal-bars', at(2, 1), 'ArrowUp')).toEqual(at(1, 1));
    expect(nextPoint(grid, 'horizontal-bars', at(0, 0), 'ArrowUp')).toEqual(at(0, 0));
  });

  it('horizontal bars: Right and Left move along one bar’s segments, skipping absent ones', () => {
    expect(nextPoint(grid, 'horizontal-bars', at(0, 0), 'ArrowRight')).toEqual(at(0, 1));
    expect(nextPoint(grid, 'horizontal-bars', at(1, 1), 'ArrowLeft')).toEqual(at(1, 1));
    expect(nextPoint(grid, 'horizontal-bars', at(0, 2), 'ArrowRight')).toEqual(at(0, 2));
  });

  it('vertical bars: Left and Right move along the axis, Up and Down through the stack', () => {
    expect(nextPoint(grid, 'vertical-bars', at(0, 0), 'ArrowRight')).toEqual(at(1, 1));
    expect(nextPoint(grid, 'vertical-bars', at(2, 0), 'ArrowLeft')).toEqual(at(1, 1));
    expect(nextPoint(grid, 'vertical-bars', at(0, 0), 'ArrowUp')).toEqual(at(0, 1));
    expect(nextPoint(grid, 'vertical-bars', at(0, 1), 'ArrowDown')).toEqual(at(0, 0));
  });

  it('Home and End go to the first and last bar; other keys are not the chart’s', () => {
    expect(nextPoint(grid, 'horizontal-bars', at(1, 2), 'End')).toEqual(at(2, 2));
    expect(nextPoint(grid, 'vertical-bars', at(2, 0), 'Home')).toEqual(at(0, 0));
    expect(nextPoint(grid, 'horizontal-bars', at(0, 0), 'Tab')).toBeNull();
    expect(nextPoint(grid, 'horizontal-bars', at(0, 0), 'a')).toBeNull();
  });
});
