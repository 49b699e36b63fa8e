import { useId } from 'react';
import { formatSourceDate } from '@/lib/format';
import { useDataChangelog } from '../api/changelog-queries';
import type { ChangelogEntry, ChangelogLine } from '../api/changelog-schema';
import { changelogText } from '../changelog-text';
import './data-changelog.css';

function Lines({ heading, lines }: { heading: string; lines: readonly ChangelogLine[] }) {
  const t = changelogText();
  if (lines.length === 0) return null;
  return (
    <>
      <h3 className="data-changelog__heading">{heading}</h3>
      <ul>
        {lines.map((line) => (
          <li key={`${line.file}-${line.key}`}>{t.line(line.label, line.file, line.key)}</li>
        ))}
      </ul>
    </>
  );
}

function Entry({ entry, open }: { entry: ChangelogEntry; open: boolean }) {
  const t = changelogText();
  return (
    <details className="data-changelog__entry" open={open}>
      <summary>
        {t.entrySummary(
          formatSourceDate(entry.date),
          entry.added.length,
          entry.revised.length,
          entry.removed.length,
        )}
      </summary>
      <p>{t.reason(entry.reason)}</p>
      <Lines heading={t.added} lines={entry.added} />
      {entry.revised.length > 0 && (
        <>
          <h3 className="data-changelog__heading">{t.revised}</h3>
          <ul>
            {entry.revised.map((line) => (
              <li key={`${line.file}-${line.key}`}>
                {t.line(line.label, line.file, line.key)}
                <ul>
                  {line.changes.map((c) => (
                    <li key={c.field}>{t.change(c.field, c.old, c.new)}</li>
                  ))}
                  <li>{t.reason(line.reason)}</li>
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      <Lines heading={t.removed} lines={entry.removed} />
      {entry.summary.length > 0 && (
        <>
          <h3 className="data-changelog__heading">{t.holds}</h3>
          <ul>
            {entry.summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

/** "What changed in the data": the data changelog (public/data/changelog.json), newest first. */
export function DataChangelogSection() {
  const t = changelogText();
  const headingId = useId();
  const log = useDataChangelog();
  const entries = log.data ? [...log.data.entries].reverse() : [];
  return (
    <section className="dashboard__section data-changelog" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      {log.isError && <p role="alert">{t.failed}</p>}
      {log.isSuccess && entries.length === 0 && <p>{t.none}</p>}
      {entries.map((entry, i) => (
        <Entry key={`${entry.date}-${i}`} entry={entry} open={i === 0} />
      ))}
    </section>
  );
}
