import type { PledgeColumns } from './pledge-columns';

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
 * Counted EUR by donor, split by instrument or category, summed row by row as the selection is
 * made. Joint packages' remainders go to one "joint, not attributed" bar, placed last. Rows that
 * count for nothing are left out. Sums live in typed arrays (bar x key), not in objects per row.
 */
export function donorTotals(columns: PledgeColumns, split: 'instrument' | 'category') {
  const codes = split === 'instrument' ? columns.instrumentCodes : columns.categoryCodes;
  const keyOf = split === 'instrument' ? columns.instrument : columns.category;
  const { bar } = columns;
  const keyCount = codes.length;
  const barCount = columns.donorCodes.length + 1; // the last one: joint, not attributed
  const sums = new Float64Array(barCount * keyCount);
  const barTotals = new Float64Array(barCount);
  const barRows = new Int32Array(barCount);
  const keyTotals = new Float64Array(keyCount);
  /** Keys in the order they first counted (ties in the key order keep it). */
  const keyOrder: number[] = [];
  let totalEur = 0;
  return {
    add(row: number, countedEur: number) {
      if (countedEur <= 0) return;
      const b = bar[row] ?? 0;
      const key = keyOf[row] ?? 0;
      sums[b * keyCount + key] = (sums[b * keyCount + key] ?? 0) + countedEur;
      barTotals[b] = (barTotals[b] ?? 0) + countedEur;
      barRows[b] = (barRows[b] ?? 0) + 1;
      if (keyTotals[key] === 0) keyOrder.push(key);
      keyTotals[key] = (keyTotals[key] ?? 0) + countedEur;
      totalEur += countedEur;
    },
    result(): DonorAggregate {
      const bars: DonorBar[] = [];
      for (let b = 0; b < barCount; b += 1) {
        if (!barRows[b]) continue;
        const parts: Record<string, number> = {};
        for (const key of keyOrder) {
          const sum = sums[b * keyCount + key] ?? 0;
          if (sum > 0) parts[codes[key] ?? ''] = sum;
        }
        const donor = b === barCount - 1 ? JOINT_KEY : (columns.donorCodes[b] ?? JOINT_KEY);
        bars.push({ donor, totalEur: barTotals[b] ?? 0, parts, pledgeCount: barRows[b] ?? 0 });
      }
      bars.sort((a, b) => {
        if (a.donor === JOINT_KEY) return 1;
        if (b.donor === JOINT_KEY) return -1;
        return b.totalEur - a.totalEur || a.donor.localeCompare(b.donor);
      });
      const keys = [...keyOrder]
        .sort((a, b) => (keyTotals[b] ?? 0) - (keyTotals[a] ?? 0))
        .map((key) => codes[key] ?? '');
      return { bars, keys, totalEur };
    },
  };
}
