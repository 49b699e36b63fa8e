import { queryOptions, useQuery } from '@tanstack/react-query';
import { DATA_BASE, fetchJson } from '@/lib/fetch-json';
import { parseWith } from '@/lib/validate';
import { changelogSchema } from './changelog-schema';

export const CHANGELOG_URL = `${DATA_BASE}/changelog.json`;

export const changelogQueries = {
  data: () =>
    queryOptions({
      queryKey: ['changelog'] as const,
      queryFn: async ({ signal }) =>
        parseWith(changelogSchema, await fetchJson(CHANGELOG_URL, signal), CHANGELOG_URL),
      staleTime: Infinity,
    }),
};

/** The data changelog (changelog.json). */
export function useDataChangelog() {
  return useQuery(changelogQueries.data());
}
