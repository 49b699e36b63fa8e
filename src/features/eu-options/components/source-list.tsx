import { euOptionsText } from '../eu-options-text';
import { isSafeHttpUrl, SourceLink } from '@/components/source-link';
import { formatSourceDate } from '@/lib/format';
import type { Source } from '@/lib/schema-primitives';

/** "unn.ua, 3 Dec 2025": a short citation for a figure; the link's accessible name is the full title. */
function ShortSourceLink({ source }: { source: Source }) {
  const date = source.date ? `, ${formatSourceDate(source.date)}` : '';
  const tag = source.reliability
    ? ` [${euOptionsText().shortReliability[source.reliability]}]`
    : '';
  if (!isSafeHttpUrl(source.url) || source.url.startsWith('data/'))
    return <SourceLink source={source} />;
  const host = new URL(source.url).hostname.replace(/^(www|m|en|english)\./, '');
  return (
    <span>
      <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
        {host}
        {date}
        <span className="visually-hidden">: {source.title}</span>
      </a>
      <span className="muted small">{tag}</span>
    </span>
  );
}

/**
 * The sources of one statement, as links with their dates and reliability tags. `short` cites by
 * site and date (figures inside a cell; the cell's own list gives the full titles).
 */
export function SourceList({
  sources,
  label,
  short = false,
  inline = false,
}: {
  sources: readonly Source[];
  label?: string;
  short?: boolean;
  inline?: boolean;
}) {
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag className="eu-options__sources small">
      <span className="muted">{label ?? euOptionsText().sources}: </span>
      {sources.map((source, index) => (
        <span key={`${source.url}-${index}`}>
          {index > 0 && '; '}
          {short ? <ShortSourceLink source={source} /> : <SourceLink source={source} />}
        </span>
      ))}
    </Tag>
  );
}
