import type { Donor } from '@/lib/donors';

/** Lower case, accents stripped, ß as ss: "Österreich" -> "osterreich". */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase().trim();
}

/** German spelling without umlauts: "Österreich" -> "oesterreich". */
function expandUmlauts(value: string): string {
  return foldText(value.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue'));
}

/** Match quality, best first. */
const Rank = { Code: 0, Prefix: 1, WordPrefix: 2, Substring: 3 } as const;
type Rank = (typeof Rank)[keyof typeof Rank];

function rankText(text: string, query: string): Rank | null {
  if (text.startsWith(query)) return Rank.Prefix;
  if (text.split(/[\s-]+/).some((word) => word.startsWith(query))) return Rank.WordPrefix;
  if (text.includes(query)) return Rank.Substring;
  return null;
}

function rankDonor(donor: Donor, query: string): Rank | null {
  if (foldText(donor.code) === query) return Rank.Code;
  const texts = [donor.code, donor.en, donor.de].map(foldText);
  texts.push(expandUmlauts(donor.de));
  let best: Rank | null = null;
  for (const text of texts) {
    const rank = rankText(text, query);
    if (rank !== null && (best === null || rank < best)) best = rank;
  }
  return best;
}

/**
 * One collator for every comparison (`localeCompare(x, 'en')` builds a new one per call), made on
 * first use, when the list is opened: the first Intl object of a page loads the browser's locale
 * data, which at the module's top level delayed the first chart.
 */
let english: Intl.Collator | null = null;
const byName = (a: Donor, b: Donor) => (english ??= new Intl.Collator('en')).compare(a.en, b.en);

/** Longest query that is looked at. */
export const MAX_QUERY_LENGTH = 60;

/**
 * Donors whose code, English or German name match the query, case- and accent-insensitive
 * ("osterreich", "oesterreich" and "Österreich" all find Austria). An exact code comes first,
 * then names starting with the query, then names with a word starting with it, then any
 * substring; each group by English name. An empty query lists every donor by English name.
 */
export function searchDonors(query: string, donors: readonly Donor[]): Donor[] {
  const folded = foldText(query.slice(0, MAX_QUERY_LENGTH));
  if (folded === '') return [...donors].sort(byName);
  const ranked: { donor: Donor; rank: Rank }[] = [];
  for (const donor of donors) {
    const rank = rankDonor(donor, folded);
    if (rank !== null) ranked.push({ donor, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || byName(a.donor, b.donor))
    .map(({ donor }) => donor);
}
