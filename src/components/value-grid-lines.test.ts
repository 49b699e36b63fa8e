import { describe, expect, it } from 'vitest';
import {
  everyTickVerticalLines,
  HORIZONTAL_LINES_ONLY,
  noHorizontalLines,
  noVerticalLines,
  VERTICAL_LINES_ONLY,
} from './value-grid-lines';

type Props = Parameters<typeof everyTickVerticalLines>[0];

// A linear scale from 0..100 onto the plot 150..850, in the shape Recharts passes (`map`).
const scale = { map: (value: unknown) => 150 + ((value as number) / 100) * 700 };
const offset = { left: 150, width: 700, top: 10, height: 300 } as Props['offset'];
const props = (axis: Record<string, unknown> | undefined): Props =>
  ({ xAxis: axis, width: 1000, height: 400, offset }) as unknown as Props;

describe('everyTickVerticalLines', () => {
  it('draws a line at every tick (none hidden) and at both edges of the plot', () => {
    const lines = everyTickVerticalLines(props({ scale, ticks: [0, 25, 50, 75, 100] }), false);
    expect(lines).toEqual([150, 325, 500, 675, 850]);
  });

  it('adds the edges when no tick falls on them, and reads nice ticks when none are set', () => {
    const lines = everyTickVerticalLines(props({ scale, niceTicks: [20, 40, 60] }), false);
    expect(lines).toEqual([290, 430, 570, 150, 850]);
  });

  it('skips values the scale cannot place, and gives the edges alone without an axis', () => {
    const gaps = { map: (value: unknown) => (value === 50 ? Number.NaN : scale.map(value)) };
    expect(everyTickVerticalLines(props({ scale: gaps, ticks: [0, 50, 100] }), false)).toEqual([
      150, 850,
    ]);
    expect(everyTickVerticalLines(props(undefined), false)).toEqual([150, 850]);
  });

  it('has no lines to place in a direction the grid does not draw', () => {
    expect(noVerticalLines(props({ scale, ticks: [0, 50] }), false)).toEqual([]);
    expect(
      noHorizontalLines({ yAxis: undefined, width: 1000, height: 400, offset }, false),
    ).toEqual([]);
  });

  it('pairs each direction left out with its generator of no lines', () => {
    expect(VERTICAL_LINES_ONLY).toEqual({
      horizontal: false,
      horizontalCoordinatesGenerator: noHorizontalLines,
    });
    expect(HORIZONTAL_LINES_ONLY).toEqual({
      vertical: false,
      verticalCoordinatesGenerator: noVerticalLines,
    });
  });
});
