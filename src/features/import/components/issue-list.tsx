import { useState } from 'react';
import { importText } from '../import-text';
import type { ImportIssue } from '../model/import-types';

const PAGE = 20;

function where(issue: ImportIssue): string {
  const t = importText();
  const row = issue.row === null ? '' : t.row(issue.row);
  if (!issue.label) return row || t.wholeFile;
  return row ? `${row} (${issue.label})` : issue.label;
}

/** Rejected rows or warnings, 20 per page: row number (as a spreadsheet counts it) and reason. */
export function IssueList({ title, issues }: { title: string; issues: readonly ImportIssue[] }) {
  const [page, setPage] = useState(0);
  const t = importText();
  if (issues.length === 0) return null;
  const pages = Math.ceil(issues.length / PAGE);
  const current = Math.min(page, pages - 1);
  const shown = issues.slice(current * PAGE, current * PAGE + PAGE);
  return (
    <div className="issue-list">
      <h4 className="issue-list__title">
        {title} ({issues.length})
      </h4>
      <ul>
        {shown.map((issue, i) => (
          <li key={`${current}-${i}`}>
            <strong>{where(issue)}:</strong> {issue.reason}
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <div className="issue-list__pager" role="group" aria-label={t.pagesLabel(title)}>
          <button
            type="button"
            className="button button--small"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            {t.previous}
          </button>
          <span aria-live="polite">{t.pageOf(current + 1, pages)}</span>
          <button
            type="button"
            className="button button--small"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            {t.next}
          </button>
        </div>
      )}
    </div>
  );
}
