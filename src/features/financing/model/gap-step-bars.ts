import { gapText } from '../gap-text';
import type { GapReadings } from './gap-readings';
import { statusLabels } from './status-style';

/** One bar of the steps chart: the need, or the coverage up to a status (stacked) and the gap left. */
export type GapStepBar = { name: string } & Record<string, string | number>;

/**
 * The bars the page's chart and the slide draw, in the reading the source supports: the need,
 * then one bar per status added, each with what covers it so far (by status) and the gap left.
 * Absent parts stay undefined (the tooltip lists only real ones). `toValue` scales EUR.
 */
export function gapStepBars(
  readings: GapReadings,
  needLabel: string,
  toValue: (eur: number) => number,
): GapStepBar[] {
  const g = gapText();
  const labels = statusLabels();
  const steps = readings[readings.primary].steps;
  return [
    { name: g.chartRowNeed(needLabel), need: toValue(readings.needEur ?? 0) },
    ...steps.map((step, i) => ({
      // The sign stays with its word when an axis label wraps ("+" alone over "beschlossen").
      name: g.chartRowAfter(labels[step.status]).replace(/^\+ /, '+\u00a0'),
      ...Object.fromEntries(
        steps
          .slice(0, i + 1)
          .filter((s) => s.addedEur > 0)
          .map((s) => [s.status, toValue(s.addedEur)]),
      ),
      ...(step.gapEur > 0 ? { gap: toValue(step.gapEur) } : {}),
    })),
  ];
}
