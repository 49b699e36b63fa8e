import type { CountedPledge } from './attribution';

/** Key for the bar that holds joint packages' unattributed remainders. */
export const JOINT_KEY = 'JOINT';

export interface DonorBar {
  /** Donor code, or JOINT for "joint, not attributed". */
  donor: string;
  totalEur: number;
  /** EUR by split key (instrument or category). */
  parts: Record<string, number>;
  pledgeCount: number;
}

export interface DonorAggregate {
  bars: DonorBar[];
  /** Split keys that occur, in a stable order (largest first). */
  keys: string[];
  totalEur: number;
}

/**
 * Sum counted EUR by donor, split by instrument or category. Joint packages' remainders go to one
 * "joint, not attributed" bar, placed last. Rows that count for nothing are left out.
 */
export function aggregateByDonor(
  counted: readonly CountedPledge[],
  split: 'instrument' | 'category',
): DonorAggregate {
  const byDonor = new Map<string, DonorBar>();
  const keyTotals = new Map<string, number>();
  let totalEur = 0;
  for (const row of counted) {
    if (row.countedEur <= 0) continue;
    const donor =
      row.pledge.kind === 'package-total' ? JOINT_KEY : (row.pledge.donors[0] ?? JOINT_KEY);
    const key = row.pledge[split];
    let bar = byDonor.get(donor);
    if (!bar) {
      bar = { donor, totalEur: 0, parts: {}, pledgeCount: 0 };
      byDonor.set(donor, bar);
    }
    bar.totalEur += row.countedEur;
    bar.parts[key] = (bar.parts[key] ?? 0) + row.countedEur;
    bar.pledgeCount += 1;
    keyTotals.set(key, (keyTotals.get(key) ?? 0) + row.countedEur);
    totalEur += row.countedEur;
  }
  const bars = [...byDonor.values()].sort((a, b) => {
    if (a.donor === JOINT_KEY) return 1;
    if (b.donor === JOINT_KEY) return -1;
    return b.totalEur - a.totalEur || a.donor.localeCompare(b.donor);
  });
  const keys = [...keyTotals.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
  return { bars, keys, totalEur };
}
