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
  // The first and last dated row of each family (-1: none); their dates are read once, at the end.
  const familyFrom = new Int32Array(familyValues.length).fill(-1);
  const familyTo = new Int32Array(familyValues.length).fill(-1);
  const noRate = noRateRows(columns);
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
      if (noRate[row]) {
        unconvertedCount += 1;
        const counted = columns.base[row];
        if (counted) unconvertedCurrencies.add(counted.pledge.currency);
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
          // Rows come in date order: the first dated one is the earliest. A row is dated when it
          // has a date rank (no pledge object is read per row).
          if ((dateRank[row] ?? -1) >= 0) {
            if (familyFrom[family] === -1) familyFrom[family] = row;
            familyTo[family] = row;
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
          from: columns.rows[familyFrom[i] ?? -1]?.announced ?? null,
          to: columns.rows[familyTo[i] ?? -1]?.announced ?? null,
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

/** Per data set (its columns), which rows have no exchange rate: found once, not per change. */
const noRateByColumns = new WeakMap<PledgeColumns, Uint8Array>();
function noRateRows(columns: PledgeColumns): Uint8Array {
  let flags = noRateByColumns.get(columns);
  if (!flags) {
    flags = Uint8Array.from(columns.base, (counted) => (counted.note?.kind === 'no-rate' ? 1 : 0));
    noRateByColumns.set(columns, flags);
  }
  return flags;
}
