import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hatchedFill } from '@/components/hatch-fill';
import { texturedFill } from '@/components/series-texture';
import { donorRowShape, donorTooltipContent, rowSegments, rowSum } from './donor-row-shape';

const series = [
  { key: 'a', label: 'Loans', colour: '#111111', fill: '#111111' },
  { key: 'b', label: 'Grants', colour: '#222222', fill: texturedFill('#222222', 'dots') },
  { key: 'c', label: 'Military', colour: '#333333', fill: '#333333' },
];
const keys = series.map((item) => item.key);

describe('rowSegments', () => {
  it('splits the bar in proportion to the parts, in series order, skipping absent parts', () => {
    const row = { a: 30, c: 10 };
    expect(rowSum(row, keys)).toBe(40);
    expect(rowSegments(row, keys, 100, 200)).toEqual([
      { key: 'a', index: 0, x: 100, width: 150 },
      { key: 'c', index: 2, x: 250, width: 50 },
    ]);
  });

  it('draws nothing for an empty row or a bar of no width', () => {
    expect(rowSegments({}, keys, 0, 100)).toEqual([]);
    expect(rowSegments({ a: 5 }, keys, 0, 0)).toEqual([]);
  });
});

describe('donorRowShape', () => {
  const Shape = donorRowShape(series, 'test', hatchedFill());

  it('draws one rect per part, textured parts by pattern, and the patterns in the first row', () => {
    const { container } = render(
      <svg>
        <Shape x={0} y={10} width={90} height={20} index={0} payload={{ a: 1, b: 2 }} />
      </svg>,
    );
    const rects = [...container.querySelectorAll('rect[data-series]')];
    expect(
      rects.map((rect) => [rect.getAttribute('data-series'), rect.getAttribute('fill')]),
    ).toEqual([
      ['a', '#111111'],
      ['b', 'url(#test-1)'],
    ]);
    expect(rects.map((rect) => rect.getAttribute('width'))).toEqual(['30', '60']);
    expect(container.querySelector('pattern#test-1')).not.toBeNull();
  });

  it('paints a row with its own fill (the joint bar) hatched in each series colour', () => {
    const { container } = render(
      <svg>
        <Shape
          x={0}
          y={0}
          width={10}
          height={5}
          index={3}
          payload={{ a: 1, fill: hatchedFill() }}
        />
      </svg>,
    );
    expect(container.querySelector('rect[data-series="a"]')?.getAttribute('fill')).toBe(
      'url(#test-own-0)',
    );
    expect(container.querySelector('defs')).toBeNull();
  });
});

describe('donorTooltipContent', () => {
  it("lists the row's parts with their series names", () => {
    const Content = donorTooltipContent(series, (value) => `€${value}B`);
    const { container } = render(
      <Content active label="Germany" payload={[{ payload: { a: 3, c: 1 } }]} />,
    );
    expect(
      [...container.querySelectorAll('.recharts-tooltip-item')].map((item) => item.textContent),
    ).toEqual(['Loans : €3B', 'Military : €1B']);
    expect(container.querySelector('.recharts-tooltip-label')?.textContent).toBe('Germany');
  });
});
