import { componentValues, type NeedComponent, type NeedEstimate } from '../api/financing-schema';
import type { CoverageLine } from './coverage-lines';

export interface ComponentGap {
  component: NeedComponent;
  label: string;
  needEur: number;
  coveredEur: number;
  /** need part - coverage assigned to it; negative = covered. */
  gapEur: number;
}

export interface ComponentGaps {
  parts: ComponentGap[];
  /** Coverage whose component the sources do not give (e.g. Norway's mixed programme, the IMF). */
  unassignedEur: number;
}

/**
 * Need and coverage per component (military, budget), for an estimate with a breakdown in EUR;
 * null otherwise. Coverage lines are split by their item's parts.
 */
export function componentGaps(
  estimate: NeedEstimate,
  lines: readonly CoverageLine[],
): ComponentGaps | null {
  if (!estimate.breakdown || estimate.currency !== 'EUR') return null;
  const covered = (key: NeedComponent | 'unassigned') =>
    lines.reduce((sum, line) => sum + (line.eurByComponent[key] ?? 0), 0);
  const parts = componentValues.flatMap((component) => {
    const need = estimate.breakdown?.find((part) => part.component === component);
    if (!need) return [];
    const coveredEur = covered(component);
    return [
      {
        component,
        label: need.label,
        needEur: need.amount,
        coveredEur,
        gapEur: need.amount - coveredEur,
      },
    ];
  });
  return { parts, unassignedEur: covered('unassigned') };
}
