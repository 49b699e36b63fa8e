import { useId, useState } from 'react';
import { failureMessage, useImportFlow } from '../api/use-import-flow';
import { importModeText } from '../import-mode-text';
import { importText } from '../import-text';
import type { DataSetKind } from '../model/import-types';
import { pledgeTemplateCsv, pledgeTemplateJson } from '../model/pledge-template';
import { kindName } from '../model/user-data-label';
import { DataSetList } from './data-set-list';
import { downloadText } from './download';
import { ImportDropZone } from './import-drop-zone';
import { ImportProgress } from './import-progress';
import { ImportReport } from './import-report';
import './import.css';

type KindChoice = 'auto' | DataSetKind;

/** Import a file (checked in a worker, reported, then kept or dropped) and manage data sets. */
export function DataSetsPanel() {
  const { state, check, cancel, accept } = useImportFlow();
  const [kind, setKind] = useState<KindChoice>('auto');
  const [release, setRelease] = useState('');
  const kindId = useId();
  const releaseId = useId();
  const t = importText();
  const busy = state.step === 'checking' || state.step === 'saving';
  const run = (file: File, choice: KindChoice = kind) =>
    void check(file, choice === 'auto' ? undefined : choice, release || undefined);

  return (
    <div className="data-sets-panel">
      <section aria-labelledby="import-title">
        <h3 id="import-title">{t.importTitle}</h3>
        <div className="data-sets-panel__options">
          <label htmlFor={kindId}>
            {t.readAs}
            <select
              id={kindId}
              value={kind}
              onChange={(event) => {
                const next = event.currentTarget.value as KindChoice;
                setKind(next);
                if (state.step === 'report') run(state.file, next);
              }}
            >
              <option value="auto">
                {t.detect}
                {state.step === 'report' && state.summary.detectedKind
                  ? t.detected(kindName(state.summary.detectedKind))
                  : ''}
              </option>
              <option value="kiel">{kindName('kiel')}</option>
              <option value="pledges">{t.pledgeOption}</option>
            </select>
          </label>
          <label htmlFor={releaseId}>
            {t.releaseLabel}
            <input
              id={releaseId}
              inputMode="numeric"
              pattern="[0-9]{1,3}"
              size={4}
              value={release}
              onChange={(event) =>
                setRelease(event.currentTarget.value.replace(/\D/g, '').slice(0, 3))
              }
            />
          </label>
        </div>
        <ImportDropZone onFile={(file) => run(file)} disabled={busy} />
        {state.step === 'checking' && (
          <ImportProgress
            fileName={state.fileName}
            stage={state.stage}
            fraction={state.fraction}
            onCancel={cancel}
          />
        )}
        {(state.step === 'report' || state.step === 'saving') && (
          <ImportReport
            summary={state.summary}
            bundledIds={state.bundledIds}
            saving={state.step === 'saving'}
            onAccept={(mode) => void accept(mode)}
            onCancel={cancel}
          />
        )}
        {state.step === 'done' && (
          <p className="data-sets-panel__done" role="status">
            {state.sessionOnly === null
              ? t.nowInUse(state.fileName, kindName(state.kind))
              : t.nowInUseSession(
                  state.fileName,
                  kindName(state.kind),
                  t.storage[state.sessionOnly],
                )}
            {state.mode === 'add' && ` ${importModeText().doneAdded}`}
          </p>
        )}
        {state.step === 'failed' && (
          <div className="import-report__fatal" role="alert">
            <p>
              <strong>{state.fileName}:</strong> {failureMessage(state)}
            </p>
            <button type="button" className="button button--small" onClick={cancel}>
              {t.dismiss}
            </button>
          </div>
        )}
      </section>
      <DataSetList />
      <section aria-labelledby="templates-title">
        <h3 id="templates-title">{t.templatesTitle}</h3>
        <p>{t.templatesText}</p>
        <div className="data-sets-panel__templates">
          <button
            type="button"
            className="button button--small"
            onClick={() => downloadText('pledge-template.csv', pledgeTemplateCsv(), 'text/csv')}
          >
            {t.downloadCsv}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              downloadText('pledge-template.json', pledgeTemplateJson(), 'application/json')
            }
          >
            {t.downloadJson}
          </button>
        </div>
      </section>
    </div>
  );
}
