import type { FilterState } from '@/features/filters/model/filter-state';
import type { Pledge, PledgeDataset } from '../api/pledge-schema';
import { aggregateByDonor, type DonorAggregate } from './aggregate-by-donor';
import {
  countAll,
  countPledges,
  indexPackages,
  type CountedPledge,
  type PackageIndex,
} from './attribution';
import type { RateTable } from './convert';
import { filterPledges } from './filter-pledges';
import { computeHeadline, type Headline } from './headline';

/** Everything the pledge views need for one filter, computed once. */
export interface PledgeView {
  counted: CountedPledge[];
  undatedExcluded: number;
  headline: Headline;
  byDonor: DonorAggregate;
}

export interface PreparedPledges {
  dataset: PledgeDataset;
  rates: RateTable;
  index: PackageIndex;
  /** The rows in date order (file order within a day): the timeline's sort then finds them in order. */
  byDate: Pledge[];
  /** What each row adds with no filter (countAll): a filter change only looks rows up. */
  base: ReadonlyMap<Pledge, CountedPledge>;
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
  return {
    dataset,
    rates,
    index,
    byDate: [...dataset.pledges].sort((a, b) => {
      const x = a.announced ?? '';
      const y = b.announced ?? '';
      return x < y ? -1 : x > y ? 1 : 0;
    }),
    base: countAll(dataset.pledges, index, rates),
    purlContributors: [...purl].sort(),
    donorsInData: [...all].sort(),
  };
}

export function selectPledgeView(
  prepared: PreparedPledges,
  filters: FilterState,
  split: 'instrument' | 'category',
): PledgeView {
  const { selection, undatedExcluded } = filterPledges(prepared.byDate, filters);
  const counted = countPledges(selection, prepared.index, prepared.rates, prepared.base);
  return {
    counted,
    undatedExcluded: undatedExcluded.length,
    headline: computeHeadline(counted),
    byDonor: aggregateByDonor(counted, split),
  };
}
