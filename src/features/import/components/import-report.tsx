import { formatCount } from '@/lib/format';
import { importText } from '../import-text';
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
  const t = importText();
  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <h3 id="import-report-title" className="import-report__title">
        {t.reportTitle(analysis.fileName, usable)}
      </h3>
      <p>
        {t.readAsKind(kindName(analysis.kind), analysis.format.toUpperCase(), analysis.release)}
      </p>
      {!usable && (
        <div className="import-report__fatal" role="alert">
          <p>
            <strong>{t.cannotUse}</strong> {t.nothingChanged}
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
            <dt>{t.rowsAccepted}</dt>
            <dd>{formatCount(analysis.accepted)}</dd>
          </div>
          <div>
            <dt>{t.rowsRejected}</dt>
            <dd>{formatCount(analysis.rejected.length)}</dd>
          </div>
          <div>
            <dt>{t.warnings}</dt>
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
      <IssueList title={t.rejectedTitle} issues={analysis.rejected} />
      <IssueList title={t.warningsTitle} issues={analysis.warnings} />
      {usable && <TotalsPreview kind={analysis.kind} after={analysis.totals} />}
      <div className="import-report__actions">
        {usable && (
          <button
            type="button"
            className="button button--primary"
            onClick={onAccept}
            disabled={saving}
          >
            {saving ? t.saving : t.useThisData}
          </button>
        )}
        <button type="button" className="button" onClick={onCancel} disabled={saving}>
          {usable ? t.cancel : t.closeReport}
        </button>
      </div>
    </section>
  );
}
