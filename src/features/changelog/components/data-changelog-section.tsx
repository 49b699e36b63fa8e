import { useId } from 'react';
import { formatSourceDate } from '@/lib/format';
import { getLocale } from '@/lib/i18n/locale';
import { shownText } from '@/lib/i18n/shown-text';
import { DataText } from '@/components/data-text';
import { useDataChangelog } from '../api/changelog-queries';
import type { ChangelogEntry, ChangelogLine } from '../api/changelog-schema';
import { changelogText } from '../changelog-text';
import './data-changelog.css';

/** A line's label in the chosen language (English when the line has no German). */
const lineLabel = (line: ChangelogLine) =>
  shownText(line.label || line.key, line.labelDe || undefined, getLocale());

function LineName({ line }: { line: ChangelogLine }) {
  return (
    <>
      <DataText shown={lineLabel(line)} />
      {changelogText().lineWhere(line.file, line.key)}
    </>
  );
}

function Lines({ heading, lines }: { heading: string; lines: readonly ChangelogLine[] }) {
  if (lines.length === 0) return null;
  return (
    <>
      <h3 className="data-changelog__heading">{heading}</h3>
      <ul>
        {lines.map((line) => (
          <li key={`${line.file}-${line.key}`}>
            <LineName line={line} />
          </li>
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
      <p>
        <Reason english={entry.reason} german={entry.reasonDe} />
      </p>
      <Lines heading={t.added} lines={entry.added} />
      {entry.revised.length > 0 && (
        <>
          <h3 className="data-changelog__heading">{t.revised}</h3>
          <ul>
            {entry.revised.map((line) => (
              <li key={`${line.file}-${line.key}`}>
                <LineName line={line} />
                <ul>
                  {line.changes.map((c) => (
                    // The values as the data file held them: quoted in their original language.
                    <li key={c.field}>
                      {c.field}: <span lang="en">{c.old}</span> → <span lang="en">{c.new}</span>
                    </li>
                  ))}
                  <li>
                    <Reason english={line.reason} german={line.reasonDe} />
                  </li>
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
              <li key={line}>{t.summaryLine(line)}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

/** "Reason: …" in the chosen language (the English original when the entry has no German). */
function Reason({ english, german }: { english: string; german: string | undefined }) {
  return (
    <>
      {changelogText().reason}
      <DataText shown={shownText(english, german, getLocale())} />
    </>
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
