import type { FilterState } from '@/lib/filter-state';
import type { Pledge, PledgeDataset } from '../api/pledge-schema';
import { donorTotals, type DonorAggregate } from './aggregate-by-donor';
import {
  countPledge,
  countPledges,
  indexPackages,
  type CountedPledge,
  type PackageIndex,
} from './attribution';
import type { RateTable } from './convert';
import { compileFilter, SELECTED, UNDATED } from './filter-pledges';
import { headlineTally, type Headline } from './headline';
import { buildPledgeColumns, type PledgeColumns } from './pledge-columns';

/** The rows a filter selects. */
export interface PledgeSelection {
  /** The selected rows of the columns, in date order (views read typed columns with them). */
  rowIndex: Int32Array;
  /** A selected row (by its index in the columns) with what it adds under this filter. */
  countedAt(row: number): CountedPledge;
  /** The selected rows with what each adds, in date order: built on first use. */
  readonly counted: readonly CountedPledge[];
}

/** Everything the pledge views need for one filter, computed once. */
export interface PledgeView extends PledgeSelection {
  undatedExcluded: number;
  headline: Headline;
  byDonor: DonorAggregate;
}

export interface PreparedPledges {
  dataset: PledgeDataset;
  rates: RateTable;
  index: PackageIndex;
  /** The rows in date order (file order within a day), with what each adds, as columns. */
  columns: PledgeColumns;
  /** Donors with at least one PURL contribution (the "PURL contributors" preset). */
  purlContributors: string[];
  /** Donor codes that have at least one pledge line (participants of joint packages included). */
  donorsInData: string[];
}

export function preparePledges(dataset: PledgeDataset, rates: RateTable): PreparedPledges {
  const purl = new Set<string>();
  const all = new Set<string>();
  for (const pledge of dataset.pledges) {
    for (const code of pledge.donors) {
      all.add(code);
      if (pledge.instrument === 'purl') purl.add(code);
    }
  }
  const index = indexPackages(dataset.pledges);
  // Date order: the timeline then finds its events in order, and "latest" is the last date seen.
  const byDate: Pledge[] = [...dataset.pledges].sort((a, b) => {
    const x = a.announced ?? '';
    const y = b.announced ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  });
  // What each row adds with nothing filtered out: a filter change recounts only containers.
  const base = countPledges(byDate, index, rates);
  return {
    dataset,
    rates,
    index,
    columns: buildPledgeColumns(byDate, base, index),
    purlContributors: [...purl].sort(),
    donorsInData: [...all].sort(),
  };
}

/**
 * Filter, count, and total by donor and for the headline, in one pass over the columns: each row
 * is tested, looked up (or recounted, for a container) and added once.
 */
export function selectPledgeView(
  prepared: PreparedPledges,
  filters: FilterState,
  split: 'instrument' | 'category',
): PledgeView {
  const { columns, index, rates } = prepared;
  const { rows, base, countedEur, containedRows } = columns;
  const verdict = compileFilter(columns, filters);
  const chosen = filters.donors.length > 0 ? new Set(filters.donors) : null;
  /** A joint package some of whose participants are not selected: its money is not all theirs. */
  const isBeside = (row: number) =>
    chosen !== null &&
    columns.packageTotal[row] === 1 &&
    !(rows[row] as Pledge).donors.every((donor) => chosen.has(donor));
  const mine = (list: readonly Pledge[] | undefined) =>
    (list ?? []).filter((p) => p.donors.some((donor) => chosen?.has(donor)));
  const headline = headlineTally(columns, (pkg) => ({
    ownShares: mine(index.shares.get(pkg.id)),
    spanning: mine(index.spanning.get(pkg.id)),
  }));
  const byDonor = donorTotals(columns, split);
  const selected = new Int32Array(rows.length);
  let count = 0;
  /** Containers, recounted for this filter (every other row adds what it adds unfiltered). */
  const recounted = new Map<number, CountedPledge>();
  let undatedExcluded = 0;
  for (let row = 0; row < rows.length; row += 1) {
    const test = verdict(row);
    if (test !== SELECTED) {
      if (test === UNDATED) undatedExcluded += 1;
      continue;
    }
    let eur = countedEur[row] ?? 0;
    const inner = containedRows.size > 0 ? containedRows.get(row) : undefined;
    if (isBeside(row)) {
      const entry = base[row] as CountedPledge;
      recounted.set(row, {
        ...entry,
        countedEur: 0,
        note: { kind: 'joint-beside', selected: entry.pledge.donors.filter((d) => chosen?.has(d)) },
      });
      selected[count] = row;
      count += 1;
      headline.add(row, 0, true);
      continue;
    } else if (inner) {
      const entry = recountContainer(columns, row, inner, verdict, index, rates);
      recounted.set(row, entry);
      eur = entry.countedEur;
    }
    selected[count] = row;
    count += 1;
    headline.add(row, eur);
    byDonor.add(row, eur);
  }
  const rowIndex = selected.subarray(0, count);
  const countedAt = (row: number): CountedPledge => {
    const entry = recounted.get(row) ?? base[row];
    if (!entry) throw new RangeError(`row ${row} is not in the data set`);
    return entry;
  };
  let counted: CountedPledge[] | null = null;
  return {
    rowIndex,
    countedAt,
    get counted() {
      counted ??= Array.from(rowIndex, countedAt);
      return counted;
    },
    undatedExcluded,
    headline: headline.result(),
    byDonor: byDonor.result(),
  };
}

/** What a container adds under this filter: only its amount beyond the included rows selected. */
function recountContainer(
  columns: PledgeColumns,
  row: number,
  inner: Int32Array,
  verdict: (row: number) => number,
  index: PackageIndex,
  rates: RateTable,
): CountedPledge {
  const selected = new Set<string>();
  for (const at of inner) {
    const pledge = columns.rows[at];
    if (pledge && verdict(at) === SELECTED) selected.add(pledge.id);
  }
  return countPledge(columns.rows[row] as Pledge, index, rates, (id) => selected.has(id));
}
