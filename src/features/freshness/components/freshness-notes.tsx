import { formatSourceDate } from '@/lib/format';
import { useSectionDates, type FreshnessPage } from '../api/use-section-dates';
import { freshnessText } from '../freshness-text';
import { pageFreshness, type FreshnessSection } from '../model/freshness';
import './freshness.css';

interface PageProps {
  page: FreshnessPage;
  /** The day ages are counted to; default: now (tests pass a fixed day). */
  today?: Date;
}

interface PageNoteProps extends PageProps {
  /** One line, without the per-data-set list (the slide deck's bar). */
  compact?: boolean;
}

/** "Newest figure: 21 Apr 2026 — 230 days ago", with each data set's newest date on demand. */
export function PageFreshnessNote({ page, today, compact = false }: PageNoteProps) {
  const t = freshnessText();
  const freshness = pageFreshness(useSectionDates(page), today ?? new Date());
  return (
    <div className="freshness" data-testid="page-freshness">
      <p className="freshness__line">
        {freshness.newest === null || freshness.ageDays === null || !freshness.newestSection
          ? t.unknown
          : t.newest(
              formatSourceDate(freshness.newest),
              t.sections[freshness.newestSection],
              t.age(freshness.ageDays),
            )}
      </p>
      {!compact && (
        <details className="freshness__details">
          <summary>{t.bySection}</summary>
          <ul>
            {freshness.sections.map((s) => (
              <li key={s.section}>
                {t.sectionDate(t.sections[s.section], s.newest && formatSourceDate(s.newest))}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

interface SectionProps extends PageProps {
  sections: readonly FreshnessSection[];
}

/**
 * Next to a section: a visible note for each of its data sets whose newest figure is more than
 * 90 days older than the page's newest; nothing when all are recent enough (or not yet loaded).
 */
export function StaleSectionNotes({ page, sections, today }: SectionProps) {
  const t = freshnessText();
  const freshness = pageFreshness(useSectionDates(page), today ?? new Date());
  const stale = freshness.sections.filter((s) => s.stale && sections.includes(s.section));
  if (stale.length === 0 || freshness.newest === null) return null;
  const pageNewest = formatSourceDate(freshness.newest);
  return (
    <>
      {stale.map((s) => (
        <p key={s.section} className="freshness-stale" role="note">
          {t.stale(
            t.sections[s.section],
            formatSourceDate(s.newest ?? ''),
            s.lagDays ?? 0,
            pageNewest,
          )}
        </p>
      ))}
    </>
  );
}
