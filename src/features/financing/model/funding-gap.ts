import { toEur, type RateTable } from '@/features/pledges/model/convert';
import {
  coverageStatusValues,
  type CoverageStatus,
  type NeedEstimate,
} from '../api/financing-schema';
import type { CoverageLine } from './coverage-lines';

export type StatusSums = Record<CoverageStatus, number>;

export interface FundingGap {
  /** The need in EUR (null when its currency has no rate). */
  needEur: number | null;
  /** The need is a lower bound ("more than EUR 100bn"): so is the gap. */
  needIsLowerBound: boolean;
  byStatus: StatusSums;
  coveredEur: number;
  /** need - coverage; negative = the coverage exceeds the need by that much. */
  gapEur: number | null;
  /** need - (disbursed + decided): the gap if pledges and proposals did not materialise. */
  firmGapEur: number | null;
  /** Lines without an exchange rate, left out of the sums (named on screen). */
  unconverted: CoverageLine[];
}

export function sumByStatus(lines: readonly CoverageLine[]): StatusSums {
  const sums = Object.fromEntries(coverageStatusValues.map((s) => [s, 0])) as StatusSums;
  for (const line of lines) if (line.eur !== null) sums[line.status] += line.eur;
  return sums;
}

export function computeGap(
  estimate: NeedEstimate,
  lines: readonly CoverageLine[],
  rates: RateTable,
): FundingGap {
  const needEur = toEur(estimate.amount, estimate.currency, rates);
  const byStatus = sumByStatus(lines);
  const coveredEur = coverageStatusValues.reduce((sum, s) => sum + byStatus[s], 0);
  const firm = byStatus.disbursed + byStatus.decided;
  return {
    needEur,
    needIsLowerBound: estimate.qualifier === 'over' || estimate.qualifier === 'at-least',
    byStatus,
    coveredEur,
    gapEur: needEur === null ? null : needEur - coveredEur,
    firmGapEur: needEur === null ? null : needEur - firm,
    unconverted: lines.filter((line) => line.eur === null),
  };
}

/** One line of the arithmetic: need, minus each line, subtotal per status, = gap. */
export interface ArithmeticRow {
  key: string;
  kind: 'need' | 'minus' | 'subtotal' | 'gap';
  label: string;
  status?: CoverageStatus;
  /** The line in its original currency (minus lines) or null. */
  original: { amount: number; currency: string } | null;
  /** Signed EUR: positive for the need and the gap, negative for what is subtracted. */
  eur: number;
  /** What is left after this row. */
  running: number;
  line?: CoverageLine;
}

/** The rows of the data table, in status order (firmest first), so the sum can be followed. */
export function arithmeticRows(
  estimate: NeedEstimate,
  lines: readonly CoverageLine[],
  gap: FundingGap,
): ArithmeticRow[] {
  if (gap.needEur === null) return [];
  const rows: ArithmeticRow[] = [
    {
      key: 'need',
      kind: 'need',
      label: `Need: ${estimate.label}`,
      original: { amount: estimate.amount, currency: estimate.currency },
      eur: gap.needEur,
      running: gap.needEur,
    },
  ];
  let running = gap.needEur;
  for (const status of coverageStatusValues) {
    const ofStatus = lines.filter((line) => line.status === status && line.eur !== null);
    if (ofStatus.length === 0) continue;
    for (const line of ofStatus) {
      running -= line.eur ?? 0;
      rows.push({
        key: line.key,
        kind: 'minus',
        label: line.label,
        status,
        original: { amount: line.amount, currency: line.currency },
        eur: -(line.eur ?? 0),
        running,
        line,
      });
    }
    rows.push({
      key: `subtotal:${status}`,
      kind: 'subtotal',
      label: `Subtotal ${status}`,
      status,
      original: null,
      eur: -gap.byStatus[status],
      running,
    });
  }
  rows.push({
    key: 'gap',
    kind: 'gap',
    label:
      gap.gapEur !== null && gap.gapEur < 0 ? 'Remaining gap (negative: covered)' : 'Remaining gap',
    original: null,
    eur: gap.gapEur ?? 0,
    running,
  });
  return rows;
}
