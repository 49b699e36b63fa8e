import type { Source } from '@/lib/schema-primitives';
import { formatSourceDate } from '@/lib/format';

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

const RELIABILITY_LABELS: Record<NonNullable<Source['reliability']>, string> = {
  official: 'official',
  wire: 'wire/major media',
  media: 'media',
  aggregator: 'aggregator, lower confidence',
  'pro-kremlin': 'pro-Kremlin outlet, low reliability',
};

export function SourceLink({ source }: { source: Source }) {
  const date = source.date ? ` (${formatSourceDate(source.date)})` : '';
  const quality = source.reliability ? (
    <span className="muted small"> [{RELIABILITY_LABELS[source.reliability]}]</span>
  ) : null;
  if (!isSafeHttpUrl(source.url)) {
    return (
      <span>
        {source.title}
        {date} <span className="muted">[address not shown: {source.url}]</span>
        {quality}
      </span>
    );
  }
  const href = source.url.startsWith('data/') ? `${import.meta.env.BASE_URL}${source.url}` : source.url;
  return (
    <span>
      <a href={href} target="_blank" rel="noopener noreferrer">
        {source.title}
        {date}
      </a>
      {quality}
    </span>
  );
}
