import { useState } from 'react';
import type { ImportIssue } from '../model/import-types';

const PAGE = 20;

function where(issue: ImportIssue): string {
  const row = issue.row === null ? '' : `Row ${issue.row}`;
  if (!issue.label) return row || 'File';
  return row ? `${row} (${issue.label})` : issue.label;
}

/** Rejected rows or warnings, 20 per page: row number (as a spreadsheet counts it) and reason. */
export function IssueList({ title, issues }: { title: string; issues: readonly ImportIssue[] }) {
  const [page, setPage] = useState(0);
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
        <div className="issue-list__pager" role="group" aria-label={`${title}: pages`}>
          <button
            type="button"
            className="button button--small"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            Previous
          </button>
          <span aria-live="polite">
            Page {current + 1} of {pages}
          </span>
          <button
            type="button"
            className="button button--small"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            Next
          </button>
        </div>
      )}
    </div>
  );
}
