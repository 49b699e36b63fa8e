import type { Pledge, PledgeColumns, PledgeSelection } from '@/features/pledges';
import { formatCount } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
import type { PurlEvent } from './purl-timeline';

// The PURL timeline per month for large selections, read from the typed columns: the same sums
// as aggregatePurlByMonth of the selection's events, without an event object per row.

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The selection's dated PURL rows (numbers into the columns, in date order). */
export function purlRowNumbers(selection: PledgeSelection, columns: PledgeColumns): Int32Array {
  const purl = columns.instrumentCodes.indexOf('purl');
  const { instrument, month } = columns;
  const { rowIndex } = selection;
  const picked = new Int32Array(rowIndex.length);
  let count = 0;
  // An indexed loop: for...of over a typed array goes through its iterator (slow at 100,000 rows).
  for (let at = 0; at < rowIndex.length; at += 1) {
    const row = rowIndex[at] as number;
    if (instrument[row] === purl && (month[row] as number) >= 0) {
      picked[count] = row;
      count += 1;
    }
  }
  return picked.subarray(0, count);
}

/** Ids of the joint packages among the rows. */
export function packagesAmong(picked: Int32Array, columns: PledgeColumns): Set<string> {
  const packages = new Set<string>();
  for (const row of picked) {
    if (columns.packageTotal[row]) packages.add((columns.rows[row] as Pledge).id);
  }
  return packages;
}

/**
 * Shares whose package is among the rows fold into the package's event (as in purlEventRows):
 * what they add, summed by package id, and how many rows fold.
 */
export function foldedShares(
  picked: Int32Array,
  columns: PledgeColumns,
  packages: ReadonlySet<string>,
  selection: PledgeSelection,
): { adds: Map<string, number>; isFolded: Uint8Array; rows: number } {
  const adds = new Map<string, number>();
  const isFolded = new Uint8Array(picked.length);
  let rows = 0;
  if (packages.size === 0) return { adds, isFolded, rows };
  picked.forEach((row, at) => {
    const pkg = (columns.rows[row] as Pledge).shareOf;
    if (!pkg || !packages.has(pkg)) return;
    adds.set(pkg, (adds.get(pkg) ?? 0) + selection.countedAt(row).countedEur);
    isFolded[at] = 1;
    rows += 1;
  });
  return { adds, isFolded, rows };
}

/**
 * The rows summed by month straight from the columns (the same sums as aggregatePurlByMonth of
 * their events): no event object, description or date string per row.
 */
export function monthsOfRows(
  picked: Int32Array,
  columns: PledgeColumns,
  selection: PledgeSelection,
  folded: ReturnType<typeof foldedShares>,
): PurlEvent[] {
  const { rows, month, packageTotal, months: monthKeys } = columns;
  const size = monthKeys.length;
  const count = new Int32Array(size);
  const joint = new Int32Array(size);
  const eur = new Float64Array(size);
  const adds = new Float64Array(size);
  for (let at = 0; at < picked.length; at += 1) {
    if (folded.isFolded[at]) continue;
    const row = picked[at] as number;
    const m = month[row] as number;
    const counted = selection.countedAt(row);
    let add = counted.countedEur;
    count[m] = (count[m] as number) + 1;
    if (packageTotal[row]) {
      joint[m] = (joint[m] as number) + 1;
      add += folded.adds.get((rows[row] as Pledge).id) ?? 0;
    }
    eur[m] = (eur[m] as number) + (counted.eur ?? 0);
    adds[m] = (adds[m] as number) + add;
  }
  const last = lastRowOfMonth(picked, folded.isFolded, columns, size);
  const text = messages().purlText;
  const events: PurlEvent[] = [];
  let running = 0;
  for (let m = 0; m < size; m += 1) {
    const n = count[m] as number;
    if (n === 0) continue;
    running += adds[m] as number;
    const jointCount = joint[m] as number;
    events.push({
      id: monthKeys[m] as string,
      date: monthKeys[m] as string,
      label: text.monthLabel(n, formatCount(n)),
      description: text.monthDescription(formatCount(n - jointCount), formatCount(jointCount)),
      amount: eur[m] as number,
      currency: 'EUR',
      eur: eur[m] as number,
      addsEur: adds[m] as number,
      runningEur: running,
      joint: jointCount > 0 && jointCount === n,
      pledge: rows[last[m] as number] as Pledge,
    });
  }
  return events;
}

/**
 * Each month's last row by date, then by id (the order events are listed in), among the rows not
 * folded: first the latest date of each month (numbers only), then ids compared only among the
 * rows of that date (comparing ids on every tie cost more than the month sums at 100,000 rows).
 */
function lastRowOfMonth(
  picked: Int32Array,
  isFolded: Uint8Array,
  columns: PledgeColumns,
  size: number,
): Int32Array {
  const { month, dateRank, rows } = columns;
  const latest = new Int32Array(size).fill(-1);
  for (let at = 0; at < picked.length; at += 1) {
    if (isFolded[at]) continue;
    const row = picked[at] as number;
    const m = month[row] as number;
    const rank = dateRank[row] as number;
    if (rank > (latest[m] as number)) latest[m] = rank;
  }
  const last = new Int32Array(size).fill(-1);
  for (let at = 0; at < picked.length; at += 1) {
    if (isFolded[at]) continue;
    const row = picked[at] as number;
    const m = month[row] as number;
    if (dateRank[row] !== latest[m]) continue;
    const before = last[m] as number;
    if (before < 0 || compareText((rows[row] as Pledge).id, (rows[before] as Pledge).id) > 0) {
      last[m] = row;
    }
  }
  return last;
}
