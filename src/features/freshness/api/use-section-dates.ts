import { useQuery } from '@tanstack/react-query';
import { euOptionsQueries } from '@/features/eu-options';
import { financingQueries } from '@/features/financing';
import { KIEL_RELEASES } from '@/features/kiel';
import { pledgeQueries, usePledgeDataset, type ParsedPledgeFile } from '@/features/pledges';
import { purlQueries } from '@/features/purl';
import type { FreshnessSection, SectionDate } from '../model/freshness';
import {
  newestEuOptions,
  newestFinancing,
  newestKielMonth,
  newestPledge,
  newestPurlStatement,
  newestRate,
} from '../model/newest-dates';

/** Which data sets each page shows (the deck draws on both pages). */
export const PAGE_SECTIONS = {
  explorer: ['pledges', 'purl', 'fxRates', 'kiel'],
  financing: ['euOptions', 'financing'],
  deck: ['pledges', 'purl', 'fxRates', 'kiel', 'euOptions', 'financing'],
} as const satisfies Record<string, readonly FreshnessSection[]>;
export type FreshnessPage = keyof typeof PAGE_SECTIONS;

// Selectors at module level: TanStack Query keeps a `select` result while the data and the
// function stay the same; an inline function ran again on every render (with 100,000 pledge
// lines, a pass over all of them on every filter change).
// Several notes on a page read the same file through observers of their own, and each observer
// runs its `select` once: the pass over every pledge line is kept per parsed file.
const newestByFile = new WeakMap<ParsedPledgeFile, string | null>();
const newestPledgeOfFile = (file: ParsedPledgeFile) => {
  let newest = newestByFile.get(file);
  if (newest === undefined) {
    newest = newestPledge(file.dataset.pledges);
    newestByFile.set(file, newest);
  }
  return newest;
};
const selectNewestPurl = (data: { statements: readonly { date: string | null }[] }) =>
  newestPurlStatement(data.statements);
const selectNewestRate = (data: { rates: readonly { date: string | null }[] }) =>
  newestRate(data.rates);

/**
 * The newest figure's date of each data set on `page`, from the same (cached) queries the page
 * reads; a data set not loaded yet has `newest: null`. Kiel: the bundled release's last data month.
 */
export function useSectionDates(page: FreshnessPage): SectionDate[] {
  const sections: readonly FreshnessSection[] = PAGE_SECTIONS[page];
  const has = (section: FreshnessSection) => sections.includes(section);
  const pledges = usePledgeDataset({ enabled: has('pledges'), select: newestPledgeOfFile });
  const purl = useQuery({
    ...purlQueries.statedTotals(),
    enabled: has('purl'),
    select: selectNewestPurl,
  });
  const fx = useQuery({
    ...pledgeQueries.fxRates(),
    enabled: has('fxRates'),
    select: selectNewestRate,
  });
  const options = useQuery({
    ...euOptionsQueries.data(),
    enabled: has('euOptions'),
    select: newestEuOptions,
  });
  const financing = useQuery({
    ...financingQueries.data(),
    enabled: has('financing'),
    select: newestFinancing,
  });
  const dates: Record<FreshnessSection, string | null> = {
    pledges: pledges.data ?? null,
    purl: purl.data ?? null,
    fxRates: fx.data ?? null,
    kiel: newestKielMonth(KIEL_RELEASES.current.period),
    euOptions: options.data ?? null,
    financing: financing.data ?? null,
  };
  return sections.map((section) => ({ section, newest: dates[section] }));
}
