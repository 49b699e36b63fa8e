/** The dashboard's pages, chosen by the `page` URL parameter (absent = the pledge explorer). */
export const PAGES = ['explorer', 'financing'] as const;
export type Page = (typeof PAGES)[number];

export const PAGE_LABELS: Record<Page, string> = {
  explorer: 'Pledges and PURL',
  financing: 'Funding gap and EU options',
};

export interface PageChoice {
  page: Page;
  /** The link's value when it named no page (shown as a note, then dropped from the URL). */
  unknown: string | null;
}

export function parsePageParam(value: string | null): PageChoice {
  if (value === null || value === '' || value === 'explorer')
    return { page: 'explorer', unknown: null };
  if (value === 'financing') return { page: 'financing', unknown: null };
  return { page: 'explorer', unknown: value.slice(0, 60) };
}

/** The query string for a page, keeping every other parameter (filters carry over). */
export function pageSearch(search: string, page: Page): string {
  const params = new URLSearchParams(search);
  if (page === 'explorer') params.delete('page');
  else params.set('page', page);
  const query = params.toString().replaceAll('%7E', '~');
  return query ? `?${query}` : '?';
}
