import { headlineText, type Headline, categoryLabels, instrumentLabels } from '@/features/pledges';
import { donorName } from '@/lib/donors';
import { formatCount, formatEur, formatMonth } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
import type { FilterState } from '@/lib/filter-state';

/** Lists longer than this are counted, not named: the sentence must stay short. */
const MAX_NAMED = 3;

function listOrCount(names: readonly string[], counted: (count: string) => string): string {
  const text = messages().a11y;
  if (names.length > MAX_NAMED) return counted(formatCount(names.length));
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')}${text.and}${names[names.length - 1] ?? ''}`;
}

/** The filter in a few words: "Poland, NATO PURL, from Aug 2025" / "all donors". */
export function filterScope(filters: FilterState): string {
  const text = messages().a11y;
  const parts = [
    filters.donors.length === 0
      ? text.allDonors
      : listOrCount(filters.donors.map(donorName), text.donorCount),
  ];
  if (filters.instruments.length > 0) {
    const labels = instrumentLabels();
    parts.push(
      listOrCount(
        filters.instruments.map((key) => labels[key]),
        (count) => text.itemCount(count, text.instruments),
      ),
    );
  }
  if (filters.categories.length > 0) {
    const labels = categoryLabels();
    parts.push(
      listOrCount(
        filters.categories.map((key) => labels[key]),
        (count) => text.itemCount(count, text.categories),
      ),
    );
  }
  if (filters.from !== null) parts.push(text.from(formatMonth(filters.from)));
  if (filters.to !== null) parts.push(text.to(formatMonth(filters.to)));
  return parts.join(', ');
}

/** Kinds of money are never added up: the largest by name, the rest counted. */
function kindsOfMoney(headline: Headline): string {
  const h = headlineText();
  const [largest] = headline.byFamily;
  if (!largest) return '';
  const named = `${h.families[largest.family]} ${formatEur(largest.totalEur)}`;
  const rest = headline.byFamily.length - 1;
  return rest > 0 ? h.andMoreKinds(named, rest) : named;
}

/**
 * The one sentence a screen reader hears after a filter change: the scope and the headline
 * figures. "Showing Poland: NATO PURL €86M; 1 donor, 2 lines."
 */
export function filterAnnouncement(filters: FilterState, headline: Headline): string {
  const text = messages().a11y;
  const scope = filterScope(filters);
  if (headline.pledgeCount === 0) return text.filterEmpty(scope);
  return text.filterResult(
    scope,
    kindsOfMoney(headline),
    headline.donorCount,
    formatCount(headline.donorCount),
    formatCount(headline.pledgeCount),
  );
}
