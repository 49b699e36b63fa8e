import type { Pledge } from '../api/pledge-schema';
import type { CountedPledge, PackageIndex } from './attribution';

/**
 * The rows of a data set as typed-array columns, built once per data set: a filter change reads
 * small numbers laid out side by side instead of walking 100,000 objects (see select-pledges.ts).
 * Every text column holds an index into its code list; row i of every column is `rows[i]`.
 */
export interface PledgeColumns {
  /** The rows in date order (file order within a day). */
  rows: readonly Pledge[];
  /** What each row adds with no filter; containers are recounted per filter. */
  base: readonly CountedPledge[];
  /** base[i].countedEur, side by side. */
  countedEur: Float64Array;
  /** Donor codes that occur in the data, as indexed by `donorList`. */
  donorCodes: readonly string[];
  /** Row i's donors are donorList[donorStart[i]] .. donorList[donorStart[i + 1] - 1]. */
  donorStart: Int32Array;
  donorList: Int32Array;
  instrumentCodes: readonly string[];
  instrument: Uint8Array;
  categoryCodes: readonly string[];
  category: Uint8Array;
  /** Distinct announcement months (YYYY-MM), sorted; `month[i]` indexes them, -1 = no date. */
  months: readonly string[];
  month: Int32Array;
  /** Rank of the announcement date among the distinct dates (-1 = no date): later is larger. */
  dateRank: Int32Array;
  /** Bar of the donor chart: index into donorCodes, or donorCodes.length for "joint, not attributed". */
  bar: Int32Array;
  /** Donor counted in the headline (first donor of an adopted row that is not a package), else -1. */
  headlineDonor: Int32Array;
  /** 1 for a joint package's total row. */
  packageTotal: Uint8Array;
  /** 1 for a row that can be the headline's "latest" (dated, not a proposal that was not adopted). */
  latestCandidate: Uint8Array;
  /** Containers (rows that include others): row -> the rows it includes. */
  containedRows: ReadonlyMap<number, Int32Array>;
}

/** Codes in first-seen order: `of(value)` gives the value's index, adding it when new. */
function codeList() {
  const codes: string[] = [];
  const lookup = new Map<string, number>();
  return {
    codes,
    of(value: string): number {
      let code = lookup.get(value);
      if (code === undefined) {
        code = codes.length;
        codes.push(value);
        lookup.set(value, code);
      }
      return code;
    },
  };
}

/**
 * Lay out `rows` (in date order) and what each adds (`base`, parallel to rows) as columns, in one
 * pass over the rows (100,000 rows: tens of milliseconds, once per data set).
 */
export function buildPledgeColumns(
  rows: readonly Pledge[],
  base: readonly CountedPledge[],
  index: PackageIndex,
): PledgeColumns {
  const count = rows.length;
  const donors = codeList();
  const instruments = codeList();
  const categories = codeList();
  const dates = codeList();
  const donorStart = new Int32Array(count + 1);
  const donorList: number[] = [];
  const firstDonor = new Int32Array(count);
  const instrument = new Uint8Array(count);
  const category = new Uint8Array(count);
  const dateCode = new Int32Array(count);
  const adopted = new Uint8Array(count);
  const packageTotal = new Uint8Array(count);
  const latestCandidate = new Uint8Array(count);
  // Rows included in a container, by object: containers find their rows' positions with it.
  const positionOf = new Map<Pledge, number>();
  for (let i = 0; i < count; i += 1) {
    const pledge = rows[i] as Pledge;
    donorStart[i] = donorList.length;
    for (const donor of pledge.donors) donorList.push(donors.of(donor));
    firstDonor[i] = pledge.donors.length > 0 ? (donorList[donorStart[i] ?? 0] ?? -1) : -1;
    instrument[i] = instruments.of(pledge.instrument);
    category[i] = categories.of(pledge.category);
    dateCode[i] = pledge.announced === null ? -1 : dates.of(pledge.announced);
    adopted[i] = pledge.status === 'not-adopted' ? 0 : 1;
    packageTotal[i] = pledge.kind === 'package-total' ? 1 : 0;
    latestCandidate[i] = adopted[i] && pledge.announced ? 1 : 0;
    if (pledge.includedIn) positionOf.set(pledge, i);
  }
  donorStart[count] = donorList.length;

  // The bar of "joint, not attributed" comes after every donor's.
  const jointBar = donors.codes.length;
  const bar = new Int32Array(count);
  const headlineDonor = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    const first = firstDonor[i] ?? -1;
    bar[i] = packageTotal[i] || first < 0 ? jointBar : first;
    headlineDonor[i] = !packageTotal[i] && adopted[i] ? first : -1;
  }

  const containedRows = new Map<number, Int32Array>();
  rows.forEach((pledge, i) => {
    const inner = index.contained.get(pledge.id);
    if (inner)
      containedRows.set(
        i,
        Int32Array.from(inner, (row) => positionOf.get(row) ?? -1),
      );
  });

  const ranks = rankDates(dates.codes);
  const dateRank = new Int32Array(count);
  const month = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    const code = dateCode[i] ?? -1;
    dateRank[i] = code < 0 ? -1 : (ranks.dateRank[code] ?? -1);
    month[i] = code < 0 ? -1 : (ranks.month[code] ?? -1);
  }
  return {
    rows,
    base,
    countedEur: Float64Array.from(base, (entry) => entry.countedEur),
    donorCodes: donors.codes,
    donorStart,
    donorList: Int32Array.from(donorList),
    instrumentCodes: instruments.codes,
    instrument,
    categoryCodes: categories.codes,
    category,
    months: ranks.months,
    month,
    dateRank,
    bar,
    headlineDonor,
    packageTotal,
    latestCandidate,
    containedRows,
  };
}

/**
 * For each distinct date (by its code): its rank among the dates, and the index of its month
 * (YYYY-MM) among the sorted distinct months.
 */
function rankDates(codes: readonly string[]) {
  const sorted = codes
    .map((date, code) => ({ date, code }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const months: string[] = [];
  const dateRank = new Int32Array(codes.length);
  const month = new Int32Array(codes.length);
  sorted.forEach(({ date, code }, rank) => {
    const value = date.slice(0, 7);
    if (months[months.length - 1] !== value) months.push(value);
    dateRank[code] = rank;
    month[code] = months.length - 1;
  });
  return { months, dateRank, month };
}
