import type { RateTable } from '@/features/pledges';
import type { CoverageStatus, FinancingData, NeedEstimate } from '../api/financing-schema';
import { componentGaps, type ComponentGaps } from './component-gaps';
import type { CoverageLine } from './coverage-lines';
import {
  euFraming,
  gapReadings,
  primaryReading,
  windowedComponentLines,
  type EuFramingView,
  type GapReadings,
} from './gap-readings';
import { gapSummary, type GapSummary } from './gap-summary';
import type { WindowedLine } from './prorate';

/** One row of the steps table: the need, then each status added, in both readings. */
export interface StepRow {
  key: string;
  status: CoverageStatus | null;
  net: { addedEur: number; gapEur: number };
  gross: { addedEur: number; gapEur: number };
}

/** One coverage line, with its part in the window and the readings that subtract it. */
export interface LineRow {
  key: string;
  line: WindowedLine;
  /** `both`: subtracted in both readings; `gross-only`: inside the need in the net reading. */
  counted: 'both' | 'gross-only';
}

export interface FundingGapModel {
  readings: GapReadings;
  framing: EuFramingView | null;
  summary: GapSummary;
  components: ComponentGaps | null;
  steps: StepRow[];
  lines: LineRow[];
}

export function stepRows(readings: GapReadings): StepRow[] {
  const need = readings.needEur ?? 0;
  return [
    {
      key: 'need',
      status: null,
      net: { addedEur: 0, gapEur: need },
      gross: { addedEur: 0, gapEur: need },
    },
    ...readings.net.steps.map((step, i) => {
      const gross = readings.gross.steps[i] ?? step;
      return {
        key: step.status,
        status: step.status,
        net: { addedEur: step.addedEur, gapEur: step.gapEur },
        gross: { addedEur: gross.addedEur, gapEur: gross.gapEur },
      };
    }),
  ];
}

/** The gap of one estimate: both readings, the EU framing, the sentences and the table rows. */
export function fundingGapModel(
  data: Pick<FinancingData, 'coverage' | 'framing'>,
  estimate: NeedEstimate,
  lines: readonly CoverageLine[],
  rates: RateTable,
  estimateLabel: string,
): FundingGapModel {
  const readings = gapReadings(estimate, data.coverage, lines, rates);
  const framing = euFraming(data.framing, estimate, readings);
  const inside = new Set(readings.net.inside.map((line) => line.key));
  return {
    readings,
    framing,
    summary: gapSummary(readings, framing, estimateLabel),
    components: componentGaps(estimate, windowedComponentLines(primaryReading(readings))),
    steps: stepRows(readings),
    lines: readings.gross.counted.map((line) => ({
      key: line.key,
      line,
      counted: inside.has(line.key) ? 'gross-only' : 'both',
    })),
  };
}
