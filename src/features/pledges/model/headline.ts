import type { Pledge } from '../api/pledge-schema';
import type { PledgeColumns } from './pledge-columns';

export interface Headline {
  totalEur: number;
  /** Of the total, joint packages' remainders not attributed to one donor. */
  jointUnattributedEur: number;
  /** Distinct donors with a counted pledge (participants of joint packages not included). */
  donorCount: number;
  pledgeCount: number;
  latest: Pledge | null;
}

/**
 * The headline figures, tallied row by row as the selection is made (rows in date order):
 * the total, the joint remainders in it, the donors that gave and the latest adopted pledge.
 */
export function headlineTally(columns: PledgeColumns) {
  const { headlineDonor, packageTotal, latestCandidate, dateRank } = columns;
  const donorSeen = new Uint8Array(columns.donorCodes.length);
  let totalEur = 0;
  let jointUnattributedEur = 0;
  let donorCount = 0;
  let pledgeCount = 0;
  let latest = -1;
  let latestRank = -1;
  return {
    add(row: number, countedEur: number) {
      pledgeCount += 1;
      totalEur += countedEur;
      if (packageTotal[row]) jointUnattributedEur += countedEur;
      const donor = headlineDonor[row] ?? -1;
      if (donor >= 0 && !donorSeen[donor]) {
        donorSeen[donor] = 1;
        donorCount += 1;
      }
      // Strictly later only: of several pledges on the latest day, the first in file order.
      const rank = dateRank[row] ?? -1;
      if (latestCandidate[row] && rank > latestRank) {
        latest = row;
        latestRank = rank;
      }
    },
    result(): Headline {
      return {
        totalEur,
        jointUnattributedEur,
        donorCount,
        pledgeCount,
        latest: columns.rows[latest] ?? null,
      };
    },
  };
}
