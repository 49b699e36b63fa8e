// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fundingGapSlideView } from '@/features/briefing/model/financing-views';
import { realFinancing } from '@/test-utils/financing-data.fixture';
import { gapStepBars } from '@/features/financing';

describe('gapStepBars (bundled data, the Commission estimate, net reading)', () => {
  const { model } = fundingGapSlideView(realFinancing());
  const bars = gapStepBars(model.readings, 'Commission', (eur) => Math.round(eur / 1e8) / 10);

  it('draws the need, then one bar per status with the coverage so far and the gap left', () => {
    // "+" and the status are joined by a no-break space: a wrapped axis label keeps them together.
    expect(bars.map((bar) => bar.name)).toEqual([
      'Need (Commission)',
      '+\u00a0disbursed',
      '+\u00a0decided',
      '+\u00a0pledged',
      '+\u00a0proposed',
    ]);
    expect(bars[0]).toEqual({ name: 'Need (Commission)', need: 135.7 });
    expect(bars[2]).toMatchObject({ disbursed: 1.3, decided: 92.7, gap: 41.7 });
    // Nothing proposed since the letter: the last bar repeats the pledged one's parts.
    expect(bars[4]).toMatchObject({ disbursed: 1.3, decided: 92.7, pledged: 2.7, gap: 39 });
    expect(bars[4]).not.toHaveProperty('proposed');
  });
});
