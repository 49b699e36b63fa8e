import { describe, expect, it } from 'vitest';
import type { SlideModel } from '@/features/briefing';
import type { SpeakerNotes } from '@/features/pptx';
import { HANDOUT_CHART_MAX, HANDOUT_CHART_MIN, handoutChartHeight } from './handout-layout';

const slide = {
  takeaway: 'Germany leads with €26.1B.',
  units: 'EUR million',
  filterSummary: 'all donors',
  legend: [{ label: 'Bilateral military', colour: '#000' }],
  source: { text: 'pledges.json', url: null },
  asOf: '21 Apr 2026',
} as unknown as SlideModel;

/** `count` caveats of `length` characters. */
const lines = (count: number, length: number): string[] =>
  Array.from({ length: count }, () => 'x'.repeat(length));

const notes = (caveats: string[]): SpeakerNotes => ({
  takeaway: slide.takeaway,
  units: slide.units,
  asOf: slide.asOf,
  caveats,
  sources: [],
});

describe('handoutChartHeight', () => {
  it('short notes: the full chart height', () => {
    expect(handoutChartHeight(slide, notes(['One caveat.']))).toBe(HANDOUT_CHART_MAX);
  });

  it('longer notes leave less room for the chart, never below the minimum', () => {
    const medium = handoutChartHeight(slide, notes(lines(16, 160)));
    expect(medium).toBeLessThan(HANDOUT_CHART_MAX);
    expect(medium).toBeGreaterThan(HANDOUT_CHART_MIN);
    const longer = handoutChartHeight(slide, notes(lines(18, 160)));
    expect(longer).toBeLessThan(medium);
    expect(handoutChartHeight(slide, notes(lines(60, 400)))).toBe(HANDOUT_CHART_MIN);
  });

  it('a takeaway over three lines takes room from the chart too', () => {
    const caveats = lines(16, 160);
    const long: SlideModel = { ...slide, takeaway: 'y'.repeat(240) };
    expect(handoutChartHeight(long, notes(caveats))).toBeLessThan(
      handoutChartHeight(slide, notes(caveats)),
    );
  });
});
