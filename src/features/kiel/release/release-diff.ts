/**
 * What changed between two Kiel tracker releases, per donor and type of aid: money in months the
 * previous release did not cover ("new months") kept apart from changes to months it did cover
 * ("revisions"). A donor-month absent from a release is zero (the tracker lists active months only).
 */
import { KIEL_CATEGORIES, type KielCategory } from '../model/kiel-selectors';
import type { KielDonorMonth } from '../model/parse-kiel';

/** Changes smaller than this (EUR bn, i.e. EUR 500) are rounding in the published files. */
export const REVISION_TOLERANCE = 5e-7;

export interface MonthRevision {
  period: string;
  old: number;
  new: number;
}

export interface KielChangeRow {
  iso: string;
  country: string;
  type: KielCategory;
  /** EUR bn in months after the previous release's last month. */
  added: number;
  /** Net change (new - old), EUR bn, over months the previous release covered. */
  revised: number;
  /** Each revised month, oldest first. */
  revisions: MonthRevision[];
}

export interface KielReleaseDiff {
  previousLastMonth: string | null;
  nextLastMonth: string | null;
  /** Months with data in the new release after the previous one's last month. */
  newMonths: string[];
  /** Donors with rows only in the new release, or only in the previous one. */
  newDonors: string[];
  droppedDonors: string[];
  /** Rows with a change, largest first (by |added| + |revised|). */
  rows: KielChangeRow[];
  /** Sums over all donors by type. */
  totals: Record<KielCategory, { added: number; revised: number }>;
}

function lastMonth(rows: readonly KielDonorMonth[]): string | null {
  let last: string | null = null;
  for (const row of rows) if (last === null || row.period > last) last = row.period;
  return last;
}

/** donor -> period -> row (a duplicate donor-month adds up, as the charts do). */
function index(rows: readonly KielDonorMonth[]) {
  const byDonor = new Map<
    string,
    { country: string; months: Map<string, Record<KielCategory, number>> }
  >();
  for (const row of rows) {
    let donor = byDonor.get(row.iso);
    if (!donor) {
      donor = { country: row.country, months: new Map() };
      byDonor.set(row.iso, donor);
    }
    const month = donor.months.get(row.period) ?? { military: 0, financial: 0, humanitarian: 0 };
    for (const type of KIEL_CATEGORIES) month[type] += row[type];
    donor.months.set(row.period, month);
  }
  return byDonor;
}

export function diffKielReleases(
  previous: readonly KielDonorMonth[],
  next: readonly KielDonorMonth[],
): KielReleaseDiff {
  const previousLastMonth = lastMonth(previous);
  const nextLastMonth = lastMonth(next);
  const before = index(previous);
  const after = index(next);
  const isNew = (period: string) => previousLastMonth === null || period > previousLastMonth;
  const newMonths = [...new Set(next.map((r) => r.period))].filter(isNew).sort();
  const totals = Object.fromEntries(
    KIEL_CATEGORIES.map((type) => [type, { added: 0, revised: 0 }]),
  ) as KielReleaseDiff['totals'];
  const rows: KielChangeRow[] = [];
  for (const iso of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(iso);
    const now = after.get(iso);
    const country = now?.country ?? old?.country ?? iso;
    const periods = [
      ...new Set([...(old?.months.keys() ?? []), ...(now?.months.keys() ?? [])]),
    ].sort();
    for (const type of KIEL_CATEGORIES) {
      let added = 0;
      const revisions: MonthRevision[] = [];
      for (const period of periods) {
        const was = old?.months.get(period)?.[type] ?? 0;
        const is = now?.months.get(period)?.[type] ?? 0;
        if (isNew(period)) added += is;
        else if (Math.abs(is - was) > REVISION_TOLERANCE)
          revisions.push({ period, old: was, new: is });
      }
      const revised = revisions.reduce((sum, r) => sum + r.new - r.old, 0);
      if (Math.abs(added) <= REVISION_TOLERANCE && revisions.length === 0) continue;
      rows.push({ iso, country, type, added, revised, revisions });
      totals[type].added += added;
      totals[type].revised += revised;
    }
  }
  rows.sort(
    (a, b) =>
      Math.abs(b.added) + Math.abs(b.revised) - (Math.abs(a.added) + Math.abs(a.revised)) ||
      a.iso.localeCompare(b.iso) ||
      KIEL_CATEGORIES.indexOf(a.type) - KIEL_CATEGORIES.indexOf(b.type),
  );
  return {
    previousLastMonth,
    nextLastMonth,
    newMonths,
    newDonors: [...after.keys()].filter((iso) => !before.has(iso)).sort(),
    droppedDonors: [...before.keys()].filter((iso) => !after.has(iso)).sort(),
    rows,
    totals,
  };
}
