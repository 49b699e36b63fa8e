import { useState } from 'react';
import { formatCount } from '@/lib/format';
import { importModeText } from '../import-mode-text';
import { importText } from '../import-text';
import { summaryFor, type ImportSummary } from '../model/import-types';
import type { ImportMode } from '../model/merge-pledges';
import { kindName } from '../model/user-data-label';
import { ImportModeChoice } from './import-mode-choice';
import { IssueList } from './issue-list';
import { TotalsPreview } from './totals-preview';

interface ImportReportProps {
  summary: ImportSummary;
  /** The bundled pledge ids (null: not read), for the add-or-replace preview. */
  bundledIds: string[] | null;
  saving: boolean;
  /** Keep the file: a pledge list added to the bundled lines or replacing them. */
  onAccept: (mode: ImportMode) => void;
  onCancel: () => void;
}

/** The validation report: nothing has changed yet; "Use this data" keeps it, "Cancel" drops it. */
export function ImportReport({
  summary,
  bundledIds,
  saving,
  onAccept,
  onCancel,
}: ImportReportProps) {
  const [mode, setMode] = useState<ImportMode>('add');
  // The file was checked both ways (on its own, and added to the bundled lines, so that a share
  // of a bundled package resolves): counts, rows and totals are those of the chosen way.
  const analysis = summaryFor(summary, mode);
  const usable = analysis.usable;
  const choosable =
    summary.kind === 'pledges' && (summary.usable || summary.added?.usable === true);
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
      {choosable && (
        <ImportModeChoice
          mode={mode}
          onChange={setMode}
          importedIds={analysis.pledgeIds ?? []}
          bundledIds={bundledIds}
          leftOut={analysis.leftOut}
          refused={!usable}
          disabled={saving}
        />
      )}
      {usable && analysis.kind === 'kiel' && <p>{importModeText().kielReplaces}</p>}
      {usable && (
        <TotalsPreview
          kind={analysis.kind}
          // Adding: the totals of the bundled pledges with the file's lines, as they will be used.
          after={analysis.totals}
        />
      )}
      <div className="import-report__actions">
        {usable && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => onAccept(mode)}
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
