import type { FilterState } from '@/features/filters/model/filter-state';
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
  /** The selected rows in date order, with what each adds to totals. */
  counted: CountedPledge[];
  /** For each entry of `counted`, its row in the columns (views read typed columns with it). */
  rowIndex: Int32Array;
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
  const { rows, base, containedRows } = columns;
  const verdict = compileFilter(columns, filters);
  const headline = headlineTally(columns);
  const byDonor = donorTotals(columns, split);
  const counted: CountedPledge[] = [];
  const rowIndex = new Int32Array(rows.length);
  let undatedExcluded = 0;
  for (let row = 0; row < rows.length; row += 1) {
    const test = verdict(row);
    if (test !== SELECTED) {
      if (test === UNDATED) undatedExcluded += 1;
      continue;
    }
    const inner = containedRows.size > 0 ? containedRows.get(row) : undefined;
    const entry = inner
      ? recountContainer(columns, row, inner, verdict, index, rates)
      : (base[row] as CountedPledge);
    rowIndex[counted.length] = row;
    counted.push(entry);
    headline.add(row, entry.countedEur);
    byDonor.add(row, entry.countedEur);
  }
  return {
    counted,
    rowIndex: rowIndex.subarray(0, counted.length),
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
