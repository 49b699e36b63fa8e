import { formatCount } from '@/lib/format';
import type { ImportSummary } from '../model/import-types';
import { kindName } from '../model/user-data-label';
import { IssueList } from './issue-list';
import { TotalsPreview } from './totals-preview';

interface ImportReportProps {
  summary: ImportSummary;
  saving: boolean;
  onAccept: () => void;
  onCancel: () => void;
}

/** The validation report: nothing has changed yet; "Use this data" keeps it, "Cancel" drops it. */
export function ImportReport({ summary: analysis, saving, onAccept, onCancel }: ImportReportProps) {
  const usable = analysis.usable;
  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <h3 id="import-report-title" className="import-report__title">
        Check of {analysis.fileName}: {usable ? 'ready to use' : 'refused'}
      </h3>
      <p>
        Read as a {kindName(analysis.kind)} ({analysis.format.toUpperCase()})
        {analysis.release ? `, release ${analysis.release}` : ''}.
      </p>
      {!usable && (
        <div className="import-report__fatal" role="alert">
          <p>
            <strong>This file cannot be used.</strong> Nothing was changed.
          </p>
          <ul>
            {analysis.fatal.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {usable && (
        <dl className="import-report__counts">
          <div>
            <dt>Rows accepted</dt>
            <dd>{formatCount(analysis.accepted)}</dd>
          </div>
          <div>
            <dt>Rows rejected</dt>
            <dd>{formatCount(analysis.rejected.length)}</dd>
          </div>
          <div>
            <dt>Warnings</dt>
            <dd>{formatCount(analysis.warnings.length)}</dd>
          </div>
        </dl>
      )}
      {analysis.notes.length > 0 && (
        <ul className="import-report__notes">
          {analysis.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <IssueList title="Rejected rows (left out)" issues={analysis.rejected} />
      <IssueList title="Warnings (rows kept)" issues={analysis.warnings} />
      {usable && <TotalsPreview kind={analysis.kind} after={analysis.totals} />}
      <div className="import-report__actions">
        {usable && (
          <button
            type="button"
            className="button button--primary"
            onClick={onAccept}
            disabled={saving}
          >
            {saving ? 'Saving…' : 'Use this data'}
          </button>
        )}
        <button type="button" className="button" onClick={onCancel} disabled={saving}>
          {usable ? 'Cancel' : 'Close the report'}
        </button>
      </div>
    </section>
  );
}
