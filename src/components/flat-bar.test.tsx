import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FlatBar, type FlatBarProps } from './flat-bar';

const draw = (props: FlatBarProps) =>
  render(
    <svg>
      <FlatBar {...props} />
    </svg>,
  ).container.querySelector('rect');

describe('FlatBar', () => {
  it('draws the box Recharts gives it, with its fill', () => {
    const rect = draw({ x: 10, y: 20, width: 30, height: 8, fill: '#123456' });
    expect(rect?.getAttribute('x')).toBe('10');
    expect(rect?.getAttribute('y')).toBe('20');
    expect(rect?.getAttribute('width')).toBe('30');
    expect(rect?.getAttribute('height')).toBe('8');
    expect(rect?.getAttribute('fill')).toBe('#123456');
  });

  it('turns a negative width or height (a negative value) the right way round', () => {
    const left = draw({ x: 100, y: 20, width: -30, height: 8 });
    expect([left?.getAttribute('x'), left?.getAttribute('width')]).toEqual(['70', '30']);
    const down = draw({ x: 5, y: 50, width: 10, height: -20 });
    expect([down?.getAttribute('y'), down?.getAttribute('height')]).toEqual(['30', '20']);
  });

  it('draws nothing for an empty or broken segment', () => {
    expect(draw({ x: 1, y: 2, width: 0, height: 8 })).toBeNull();
    expect(draw({ x: 1, y: 2, width: 5, height: 0 })).toBeNull();
    expect(draw({ x: Number.NaN, y: 2, width: 5, height: 8 })).toBeNull();
    expect(draw({})).toBeNull();
  });
});
