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

export function SourceLink({ source }: { source: Source }) {
  const date = source.date ? ` (${formatSourceDate(source.date)})` : '';
  if (!isSafeHttpUrl(source.url)) {
    return (
      <span>
        {source.title}
        {date} <span className="muted">[address not shown: {source.url}]</span>
      </span>
    );
  }
  return (
    <a href={source.url.startsWith('data/') ? `${import.meta.env.BASE_URL}${source.url}` : source.url} target="_blank" rel="noopener noreferrer">
      {source.title}
      {date}
    </a>
  );
}
