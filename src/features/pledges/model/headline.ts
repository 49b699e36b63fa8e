import type { Instrument, Pledge } from '../api/pledge-schema';
import { FAMILY_OF, familyValues, type FamilyTotal } from './instrument-family';
import type { PledgeColumns } from './pledge-columns';

/**
 * The latest pledge under the filter. A joint package the selection only took part in is shown
 * as such, with the selected donors' own shares where the data knows them.
 */
export interface LatestPledge {
  pledge: Pledge;
  /** Set when `pledge` is a joint package whose participants are not all selected. */
  joint: {
    /** Rows giving a selected donor's known share of it (shareOf). */
    ownShares: Pledge[];
    /** Rows of a selected donor that span it (its share within them not known). */
    spanning: Pledge[];
  } | null;
}

/** Joint packages the selection took part in but does not wholly make up: beside, never in, totals. */
export interface JointBeside {
  count: number;
  /** Their face value in EUR (the packages' totals, partly other donors' money). */
  faceEur: number;
}

export interface Headline {
  /** Every counted line under the filter added up: for checks and the table, never a headline. */
  totalEur: number;
  /** One total per family of instruments, largest first (only families with a counted line). */
  byFamily: FamilyTotal[];
  jointBeside: JointBeside;
  /** Lines in a currency without a reference rate: shown as not converted, never a silent zero. */
  unconverted: { count: number; currencies: string[] };
  /** Of the total, joint packages' remainders not attributed to one donor. */
  jointUnattributedEur: number;
  /** Distinct donors with a counted pledge (participants of joint packages not included). */
  donorCount: number;
  pledgeCount: number;
  latest: LatestPledge | null;
}

/**
 * The headline figures, tallied row by row as the selection is made (rows in date order):
 * the total, the joint remainders in it, the donors that gave and the latest adopted pledge.
 */
export function headlineTally(
  columns: PledgeColumns,
  jointOf: (pkg: Pledge) => LatestPledge['joint'] = () => null,
) {
  const { headlineDonor, packageTotal, latestCandidate, dateRank } = columns;
  const donorSeen = new Uint8Array(columns.donorCodes.length);
  const familyIndex = columns.instrumentCodes.map((code) =>
    familyValues.indexOf(FAMILY_OF[code as Instrument] ?? 'national'),
  );
  const familyEur = new Float64Array(familyValues.length);
  const familyLines = new Int32Array(familyValues.length);
  const familyFrom: (string | null)[] = familyValues.map(() => null);
  const familyTo: (string | null)[] = familyValues.map(() => null);
  let unconvertedCount = 0;
  const unconvertedCurrencies = new Set<string>();
  let besideCount = 0;
  let besideEur = 0;
  let latestIsBeside = false;
  let totalEur = 0;
  let jointUnattributedEur = 0;
  let donorCount = 0;
  let pledgeCount = 0;
  let latest = -1;
  let latestRank = -1;
  return {
    /** `beside`: a joint package the selection took part in but does not wholly make up. */
    add(row: number, countedEur: number, beside = false) {
      pledgeCount += 1;
      const counted = columns.base[row];
      if (counted?.note?.kind === 'no-rate') {
        unconvertedCount += 1;
        unconvertedCurrencies.add(counted.pledge.currency);
      }
      if (beside) {
        besideCount += 1;
        besideEur += columns.base[row]?.eur ?? 0;
      } else {
        totalEur += countedEur;
        if (packageTotal[row]) jointUnattributedEur += countedEur;
        const family = familyIndex[columns.instrument[row] ?? 0] ?? 0;
        if (countedEur > 0) {
          familyEur[family] = (familyEur[family] ?? 0) + countedEur;
          familyLines[family] = (familyLines[family] ?? 0) + 1;
          // Rows come in date order: the first dated one is the earliest.
          const date = columns.rows[row]?.announced ?? null;
          if (date !== null) {
            familyFrom[family] ??= date;
            familyTo[family] = date;
          }
        }
      }
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
        latestIsBeside = beside;
      }
    },
    result(): Headline {
      const pledge = columns.rows[latest];
      const byFamily: FamilyTotal[] = familyValues
        .map((family, i) => ({
          family,
          totalEur: familyEur[i] ?? 0,
          lineCount: familyLines[i] ?? 0,
          from: familyFrom[i] ?? null,
          to: familyTo[i] ?? null,
        }))
        .filter((entry) => entry.lineCount > 0)
        .sort((a, b) => b.totalEur - a.totalEur);
      return {
        totalEur,
        byFamily,
        jointBeside: { count: besideCount, faceEur: besideEur },
        unconverted: { count: unconvertedCount, currencies: [...unconvertedCurrencies].sort() },
        jointUnattributedEur,
        donorCount,
        pledgeCount,
        latest: pledge ? { pledge, joint: latestIsBeside ? jointOf(pledge) : null } : null,
      };
    },
  };
}
