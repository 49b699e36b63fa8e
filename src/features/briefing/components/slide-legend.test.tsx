import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SlideLegend } from './slide-legend';

const ITEMS = [{ label: 'EU loan', colour: '#AA0000' }];
const swatch = () =>
  screen.getByText('EU loan').querySelector<HTMLElement>('.slide-legend__swatch');

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

describe('SlideLegend', () => {
  it('in the dark theme a swatch has the lighter twin the chart draws the series in', () => {
    document.documentElement.dataset.theme = 'dark';
    render(<SlideLegend items={ITEMS} />);
    expect(swatch()?.style.backgroundColor).toBe('rgb(255, 107, 107)');
  });

  it('light, and paper in any theme: the series colour itself', () => {
    const { unmount } = render(<SlideLegend items={ITEMS} />);
    expect(swatch()?.style.backgroundColor).toBe('rgb(170, 0, 0)');
    unmount();
    document.documentElement.dataset.theme = 'dark';
    render(<SlideLegend items={ITEMS} paper />);
    expect(swatch()?.style.backgroundColor).toBe('rgb(170, 0, 0)');
  });
});
