import { toEur, type RateTable } from '@/features/pledges';
import {
  coverageStatusValues,
  type CoverageItem,
  type CoverageStatus,
  type EuFraming,
  type FinancingSource,
  type MonthSpan,
  type NeedEstimate,
} from '../api/financing-schema';
import type { CoverageLine } from './coverage-lines';
import { windowLines, type WindowedLine } from './prorate';

/**
 * Two readings of a need estimate:
 * - `net`: the estimate is what remains after the support promised before a date, so only money
 *   promised on or after that date is subtracted (the Commission's letter says this of its figure);
 * - `gross`: every listed line is subtracted.
 */
export type ReadingId = 'net' | 'gross';

/** The gap after adding the lines of one more status, firmest first. */
export interface GapStep {
  status: CoverageStatus;
  /** EUR added at this step (inside the window). */
  addedEur: number;
  /** EUR covered by this step and the firmer ones. */
  coveredEur: number;
  /** need - coveredEur; negative = covered, with that much to spare. */
  gapEur: number;
  lines: WindowedLine[];
}

export interface GapReading {
  id: ReadingId;
  /** Lines subtracted in this reading, with their part inside the window. */
  counted: WindowedLine[];
  /** Lines left out because the need already counts them (net reading only). */
  inside: WindowedLine[];
  /** One step per status, cumulative. */
  steps: GapStep[];
  coveredEur: number;
  gapEur: number;
}

export interface GapReadings {
  needEur: number | null;
  needIsLowerBound: boolean;
  window: MonthSpan;
  /** The date the net reading divides at. */
  netBefore: string;
  /** True when the source says the estimate is net of earlier support; else the net reading is a what-if. */
  netStated: boolean;
  /** The reading the source supports: net when stated, gross otherwise. */
  primary: ReadingId;
  net: GapReading;
  gross: GapReading;
  /** Lines without an exchange rate, left out of every sum (named on screen). */
  unconverted: CoverageLine[];
}

/** Earliest date among the estimate's sources: when it was stated. */
function statedOn(sources: readonly FinancingSource[]): string {
  return (
    sources
      .map((s) => s.date)
      .filter((d): d is string => typeof d === 'string')
      .sort()[0] ?? '0000-00'
  );
}

/** A month without a day (`2025-11`) compares as its first day. */
const asDay = (date: string) => (date.length === 7 ? `${date}-01` : date);

function reading(
  id: ReadingId,
  needEur: number,
  lines: readonly WindowedLine[],
  isInside: (line: WindowedLine) => boolean,
): GapReading {
  const convertible = lines.filter((line) => line.eurInWindow !== null);
  const counted = convertible.filter((line) => !isInside(line));
  const inside = convertible.filter(isInside);
  let covered = 0;
  const steps = coverageStatusValues.map((status): GapStep => {
    const ofStatus = counted.filter((line) => line.status === status);
    const addedEur = ofStatus.reduce((sum, line) => sum + (line.eurInWindow ?? 0), 0);
    covered += addedEur;
    return { status, addedEur, coveredEur: covered, gapEur: needEur - covered, lines: ofStatus };
  });
  return { id, counted, inside, steps, coveredEur: covered, gapEur: needEur - covered };
}

/**
 * The gap of an estimate in both readings, with the coverage prorated to the estimate's months.
 * A line counts as promised before the dividing date when its item's earliest date comes first.
 */
export function gapReadings(
  estimate: NeedEstimate,
  items: readonly CoverageItem[],
  lines: readonly CoverageLine[],
  rates: RateTable,
): GapReadings {
  const needEur = toEur(estimate.amount, estimate.currency, rates);
  const windowed = windowLines(lines, items, estimate.window);
  const netBefore = estimate.netOf?.before ?? statedOn(estimate.sources);
  const need = needEur ?? 0;
  return {
    needEur,
    needIsLowerBound: estimate.qualifier === 'over' || estimate.qualifier === 'at-least',
    window: estimate.window,
    netBefore,
    netStated: estimate.netOf !== undefined,
    primary: estimate.netOf ? 'net' : 'gross',
    net: reading('net', need, windowed, (line) => asDay(line.promised) < asDay(netBefore)),
    gross: reading('gross', need, windowed, () => false),
    unconverted: lines.filter((line) => line.eur === null),
  };
}

export const primaryReading = (readings: GapReadings): GapReading => readings[readings.primary];

/** The two readings give different gaps (by more than EUR 1m). */
export const readingsDiffer = (readings: GapReadings) =>
  Math.abs(readings.net.gapEur - readings.gross.gapEur) > 1e6;

/** The step after the decided lines: the gap if pledges and proposals did not materialise. */
export const firmGap = (r: GapReading) => r.steps.find((s) => s.status === 'decided')?.gapEur ?? 0;

/** The EU's own arithmetic: its share of the need, and the rest it left to partners. */
export interface EuFramingView {
  needEur: number;
  euEur: number;
  /** The EU's share of the need (0.66 for EUR 90bn of EUR 135.7bn). */
  euShare: number;
  partnersEur: number;
  /** What the reading subtracts besides the EU's item: partners' money listed here. */
  partnersListedEur: number;
  /** partnersEur - partnersListedEur: the partners' share not matched by listed lines. */
  partnersUnmatchedEur: number;
  partnerLines: WindowedLine[];
  statement: string;
  sources: readonly FinancingSource[];
}

export function euFraming(
  framing: EuFraming | undefined,
  estimate: NeedEstimate,
  readings: GapReadings,
): EuFramingView | null {
  if (!framing || framing.estimateId !== estimate.id || readings.needEur === null) return null;
  const r = primaryReading(readings);
  const euLines = r.counted.filter((line) => line.itemId === framing.euItemId);
  if (euLines.length === 0) return null;
  const euEur = euLines.reduce((sum, line) => sum + (line.eurInWindow ?? 0), 0);
  const partnerLines = r.counted.filter((line) => line.itemId !== framing.euItemId);
  const partnersListedEur = partnerLines.reduce((sum, line) => sum + (line.eurInWindow ?? 0), 0);
  const partnersEur = readings.needEur - euEur;
  return {
    needEur: readings.needEur,
    euEur,
    euShare: euEur / readings.needEur,
    partnersEur,
    partnersListedEur,
    partnersUnmatchedEur: partnersEur - partnersListedEur,
    partnerLines,
    statement: framing.statement,
    sources: framing.sources,
  };
}

/** The lines of a reading with their EUR by component scaled to the window (for the parts table). */
export function windowedComponentLines(r: GapReading): CoverageLine[] {
  return r.counted.map((line) => ({
    ...line,
    eurByComponent: Object.fromEntries(
      Object.entries(line.eurByComponent).map(([k, eur]) => [k, (eur ?? 0) * line.share]),
    ),
  }));
}
