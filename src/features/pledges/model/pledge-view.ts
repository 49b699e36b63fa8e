import type { FilterState } from '@/features/filters/model/filter-state';
import type { PledgeDataset } from '../api/pledge-schema';
import { aggregateByDonor, type DonorAggregate } from './aggregate-by-donor';
import { countPledges, indexPackages, type CountedPledge, type PackageIndex } from './attribution';
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
  return {
    dataset,
    rates,
    index: indexPackages(dataset.pledges),
    purlContributors: [...purl].sort(),
    donorsInData: [...all].sort(),
  };
}

export function selectPledgeView(
  prepared: PreparedPledges,
  filters: FilterState,
  split: 'instrument' | 'category',
): PledgeView {
  const { selection, undatedExcluded } = filterPledges(prepared.dataset.pledges, filters);
  const counted = countPledges(selection, prepared.index, prepared.rates);
  return {
    counted,
    undatedExcluded: undatedExcluded.length,
    headline: computeHeadline(counted),
    byDonor: aggregateByDonor(counted, split),
  };
}
