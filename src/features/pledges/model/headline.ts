import type { CountedPledge } from './attribution';
import type { Pledge } from '../api/pledge-schema';

export interface Headline {
  totalEur: number;
  /** Of the total, joint packages' remainders not attributed to one donor. */
  jointUnattributedEur: number;
  /** Distinct donors with a counted pledge (participants of joint packages not included). */
  donorCount: number;
  pledgeCount: number;
  latest: Pledge | null;
}

export function computeHeadline(counted: readonly CountedPledge[]): Headline {
  let totalEur = 0;
  let jointUnattributedEur = 0;
  const donors = new Set<string>();
  let latest: Pledge | null = null;
  for (const row of counted) {
    totalEur += row.countedEur;
    const { pledge } = row;
    if (pledge.kind === 'package-total') jointUnattributedEur += row.countedEur;
    else if (pledge.status !== 'not-adopted') donors.add(pledge.donors[0] ?? '');
    if (pledge.announced && pledge.status !== 'not-adopted') {
      if (!latest?.announced || pledge.announced > latest.announced) latest = pledge;
    }
  }
  donors.delete('');
  return {
    totalEur,
    jointUnattributedEur,
    donorCount: donors.size,
    pledgeCount: counted.length,
    latest,
  };
}
