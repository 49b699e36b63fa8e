import type { PledgeSelection } from './pledge-view';
import type { PledgeColumns } from './pledge-columns';
import { donorTotals, JOINT_KEY, type DonorAggregate, type DonorBar } from './aggregate-by-donor';

export type DonorScope = 'all' | 'national' | 'gdp';

/** Donors that are not national budgets: EU institutions (their own code in the data). */
export const INSTITUTION_DONORS: readonly string[] = ['EU'];
/** Instruments that are loans serviced from frozen Russian assets, not national budgets. */
export const LOAN_INSTRUMENTS: readonly string[] = ['g7-era'];

/**
 * The donor bars of national money only: the selection's rows summed again, leaving out EU
 * institutions' rows and the G7 ERA loans (whose scale hides every national bar). Joint packages'
 * unattributed remainders stay: they are national money of several countries.
 */
export function nationalDonorTotals(
  columns: PledgeColumns,
  selection: PledgeSelection,
  split: 'instrument' | 'category',
): DonorAggregate {
  const totals = donorTotals(columns, split);
  const national = isNationalRow(columns);
  for (const row of selection.rowIndex) {
    if (national(row)) totals.add(row, selection.countedAt(row).countedEur);
  }
  return totals.result();
}

/** True for a row of national money: not an EU institution's, not a G7 ERA loan. */
export function isNationalRow(columns: PledgeColumns): (row: number) => boolean {
  const institution = new Set(
    INSTITUTION_DONORS.map((code) => columns.donorCodes.indexOf(code)).filter((i) => i >= 0),
  );
  const loans = new Set(
    LOAN_INSTRUMENTS.map((code) => columns.instrumentCodes.indexOf(code)).filter((i) => i >= 0),
  );
  return (row) =>
    !institution.has(columns.bar[row] ?? -1) && !loans.has(columns.instrument[row] ?? -1);
}

/** The unit the donor chart's axis and labels share. */
export type DonorUnit = 'bn' | 'm' | 'pct';

/** A bar in the chart's unit: its parts and total in € bn, € m or % of GDP. */
export interface ScaledDonorBar {
  donor: string;
  total: number;
  totalEur: number;
  parts: Record<string, number>;
}

export interface ScaledDonors {
  unit: DonorUnit;
  bars: ScaledDonorBar[];
  keys: string[];
  /** Donors left out of a % of GDP view (no GDP known, e.g. joint remainders). */
  withoutGdp: string[];
}

/** € bn when the largest bar is at least €50bn (EU institutions), € m otherwise. */
export function eurUnit(bars: readonly DonorBar[]): 'bn' | 'm' {
  return Math.max(0, ...bars.map((bar) => bar.totalEur)) >= 50e9 ? 'bn' : 'm';
}

const scaleParts = (parts: Record<string, number>, factor: number) =>
  Object.fromEntries(Object.entries(parts).map(([key, value]) => [key, value * factor]));

/**
 * The bars in one unit for axis and labels: EUR (bn or m) or, with a GDP table (EUR bn by donor
 * code), % of GDP, sorted largest first; donors without a GDP are named, not drawn.
 */
export function scaleDonorBars(
  aggregate: DonorAggregate,
  gdpEurBn: ReadonlyMap<string, number> | null,
): ScaledDonors {
  if (gdpEurBn) {
    const withoutGdp: string[] = [];
    const bars: ScaledDonorBar[] = [];
    for (const bar of aggregate.bars) {
      const gdp = bar.donor === JOINT_KEY ? undefined : gdpEurBn.get(bar.donor);
      if (!gdp || !(gdp > 0)) {
        withoutGdp.push(bar.donor);
        continue;
      }
      const factor = 100 / (gdp * 1e9);
      bars.push({
        donor: bar.donor,
        total: bar.totalEur * factor,
        totalEur: bar.totalEur,
        parts: scaleParts(bar.parts, factor),
      });
    }
    bars.sort((a, b) => b.total - a.total || a.donor.localeCompare(b.donor));
    return { unit: 'pct', bars, keys: aggregate.keys, withoutGdp };
  }
  const unit = eurUnit(aggregate.bars);
  const factor = unit === 'bn' ? 1e-9 : 1e-6;
  return {
    unit,
    bars: aggregate.bars.map((bar) => ({
      donor: bar.donor,
      total: bar.totalEur * factor,
      totalEur: bar.totalEur,
      parts: scaleParts(bar.parts, factor),
    })),
    keys: aggregate.keys,
    withoutGdp: [],
  };
}
