import { memo } from 'react';
import type { Source } from '@/lib/schema-primitives';
import { formatSourceDate } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';

/** Only http(s) addresses become links; anything else is shown as inert text. */
export function isSafeHttpUrl(url: string): boolean {
  if (/^data\/sources\/[\w.-]+$/.test(url)) return true;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A source's title and date as a link (memo: a source object comes from the data set and keeps its
 * identity, so a filter change does not render the links of a list again; a language switch
 * re-mounts the page).
 */
export const SourceLink = memo(function SourceLink({ source }: { source: Source }) {
  const text = messages().source;
  const date = source.date ? ` (${formatSourceDate(source.date)})` : '';
  const quality = source.reliability ? (
    <span className="muted small"> [{text.reliability[source.reliability]}]</span>
  ) : null;
  if (!isSafeHttpUrl(source.url)) {
    return (
      <span>
        {source.title}
        {date} <span className="muted">{text.addressNotShown(source.url)}</span>
        {quality}
      </span>
    );
  }
  const href = source.url.startsWith('data/')
    ? `${import.meta.env.BASE_URL}${source.url}`
    : source.url;
  return (
    <span>
      <a href={href} target="_blank" rel="noopener noreferrer">
        {source.title}
        {date}
      </a>
      {quality}
    </span>
  );
});
