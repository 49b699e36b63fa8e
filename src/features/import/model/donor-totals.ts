import { donorName } from '@/lib/donors';
import type { KielDonorMonth } from '@/features/kiel';
import { EMPTY_FILTERS } from '@/lib/filter-state';
import {
  JOINT_KEY,
  type RateTable,
  preparePledges,
  selectPledgeView,
  type PledgeDataset,
} from '@/features/pledges';
import type { DataSetPayload } from './import-types';

/** One donor's total in EUR bn. */
export interface DonorTotal {
  code: string;
  name: string;
  eurBn: number;
}

/** Kiel: allocations (`total`) summed over every month, by donor. */
export function kielTotals(rows: readonly KielDonorMonth[]): DonorTotal[] {
  const byIso = new Map<string, DonorTotal>();
  for (const row of rows) {
    const entry = byIso.get(row.iso);
    if (entry) entry.eurBn += row.total;
    else byIso.set(row.iso, { code: row.iso, name: row.country, eurBn: row.total });
  }
  return [...byIso.values()];
}

/**
 * Pledges: what each donor counts for in the dashboard's totals (joint packages counted once,
 * their unattributed rest under "Joint, not attributed"), converted at the reference rates.
 */
export function pledgeTotals(dataset: PledgeDataset, rates: RateTable): DonorTotal[] {
  const view = selectPledgeView(preparePledges(dataset, rates), EMPTY_FILTERS, 'category');
  return view.byDonor.bars.map((bar) => ({
    code: bar.donor,
    name: bar.donor === JOINT_KEY ? 'Joint, not attributed' : donorName(bar.donor),
    eurBn: bar.totalEur / 1e9,
  }));
}

export function payloadTotals(payload: DataSetPayload, rates: RateTable): DonorTotal[] {
  return payload.kind === 'kiel'
    ? kielTotals(payload.data.rows)
    : pledgeTotals(payload.data.dataset, rates);
}

export interface TotalChange {
  code: string;
  name: string;
  /** null: the donor is not in that data set. */
  before: number | null;
  after: number | null;
  change: number;
}

/** Below this (EUR bn, i.e. EUR 500k) a difference is rounding, not a change. */
const SAME = 0.0005;

/** Donors whose total differs between two data sets, largest change first. */
export function compareTotals(
  before: readonly DonorTotal[],
  after: readonly DonorTotal[],
): TotalChange[] {
  const rows = new Map<string, TotalChange>();
  for (const entry of before) {
    rows.set(entry.code, {
      code: entry.code,
      name: entry.name,
      before: entry.eurBn,
      after: null,
      change: 0,
    });
  }
  for (const entry of after) {
    const row = rows.get(entry.code);
    if (row) row.after = entry.eurBn;
    else
      rows.set(entry.code, {
        code: entry.code,
        name: entry.name,
        before: null,
        after: entry.eurBn,
        change: 0,
      });
  }
  const changes: TotalChange[] = [];
  for (const row of rows.values()) {
    row.change = (row.after ?? 0) - (row.before ?? 0);
    const appearsOrGoes = (row.before === null) !== (row.after === null);
    if (appearsOrGoes || Math.abs(row.change) >= SAME) changes.push(row);
  }
  return changes.sort(
    (a, b) => Math.abs(b.change) - Math.abs(a.change) || a.code.localeCompare(b.code),
  );
}

/** Sum of all donors (EUR bn). */
export function grandTotal(totals: readonly DonorTotal[]): number {
  return totals.reduce((sum, entry) => sum + entry.eurBn, 0);
}
