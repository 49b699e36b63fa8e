import { useQuery } from '@tanstack/react-query';
import { euOptionsQueries } from '@/features/eu-options';
import { financingQueries } from '@/features/financing';
import { KIEL_RELEASES } from '@/features/kiel';
import { pledgeQueries } from '@/features/pledges';
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

/**
 * The newest figure's date of each data set on `page`, from the same (cached) queries the page
 * reads; a data set not loaded yet has `newest: null`. Kiel: the bundled release's last data month.
 */
export function useSectionDates(page: FreshnessPage): SectionDate[] {
  const sections: readonly FreshnessSection[] = PAGE_SECTIONS[page];
  const has = (section: FreshnessSection) => sections.includes(section);
  const pledges = useQuery({
    ...pledgeQueries.dataset(),
    enabled: has('pledges'),
    select: (data) => newestPledge(data.dataset.pledges),
  });
  const purl = useQuery({
    ...purlQueries.statedTotals(),
    enabled: has('purl'),
    select: (data) => newestPurlStatement(data.statements),
  });
  const fx = useQuery({
    ...pledgeQueries.fxRates(),
    enabled: has('fxRates'),
    select: (data) => newestRate(data.rates),
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
