import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatCount } from '@/lib/format';
import { loadPayload, removeDataSet } from '../api/data-set-actions';
import { importModeText } from '../import-mode-text';
import { useDataSetList } from '../api/data-set-queries';
import { importText } from '../import-text';
import { exportFileName, payloadToCsv, payloadToJson } from '../model/export-data';
import { BUNDLED_ID, dataSetKinds, type DataSetKind } from '../model/import-types';
import { formatImportedAt, kindName } from '../model/user-data-label';
import { setActiveDataSet, useActiveSelection } from '@/lib/data-sets/active-selection';
import { downloadText } from './download';

const BUNDLED_NAMES: Record<DataSetKind, string> = {
  pledges: 'pledges.json',
  kiel: 'data_explorer.csv',
};

interface Row {
  id: string;
  kind: DataSetKind;
  fileName: string;
  detail: string;
  /** Held in memory only: gone after a reload. */
  sessionOnly: boolean;
}

/** Every data set this browser has, by kind: use, export (CSV, JSON), remove (imported only). */
export function DataSetList() {
  const client = useQueryClient();
  const active = useActiveSelection();
  const list = useDataSetList();
  const [message, setMessage] = useState<string | null>(null);
  const t = importText();
  const modeText = importModeText();

  const exportSet = async (row: Row, format: 'csv' | 'json') => {
    try {
      const payload = await loadPayload(client, row.kind, row.id);
      const text = format === 'csv' ? payloadToCsv(payload) : payloadToJson(payload);
      downloadText(
        exportFileName(row.fileName, format),
        text,
        format === 'csv' ? 'text/csv' : 'application/json',
      );
      setMessage(t.exported(exportFileName(row.fileName, format)));
    } catch (error) {
      setMessage(t.exportFailed(error instanceof Error ? error.message : String(error)));
    }
  };
  const remove = async (row: Row) => {
    try {
      await removeDataSet(client, row.id, row.kind);
      setMessage(t.removed(row.fileName));
    } catch (error) {
      setMessage(
        t.removeFailed(row.fileName, error instanceof Error ? error.message : String(error)),
      );
    }
  };

  return (
    <section className="data-set-list" aria-labelledby="data-set-list-title">
      <h3 id="data-set-list-title">{t.listTitle}</h3>
      {list.error && <p role="alert">{t.listError(list.error.message)}</p>}
      {dataSetKinds.map((kind) => {
        const rows: Row[] = [
          {
            id: BUNDLED_ID,
            kind,
            fileName: BUNDLED_NAMES[kind],
            detail: t.bundledDetail[kind],
            sessionOnly: false,
          },
          ...(list.data ?? [])
            .filter((set) => set.kind === kind)
            .map((set) => ({
              id: set.id,
              kind,
              fileName: set.fileName,
              detail: `${t.importedDetail(
                formatImportedAt(set.importedAt),
                formatCount(set.accepted),
                set.rejected ? formatCount(set.rejected) : null,
                set.release,
              )}; ${set.mode === 'add' ? modeText.listAdds : modeText.listReplaces(kind)}`,
              sessionOnly: set.sessionOnly === true,
            })),
        ];
        return (
          <div key={kind} className="data-set-list__group">
            <h4>{kindName(kind)}</h4>
            <ul>
              {rows.map((row) => {
                const inUse = active[kind] === row.id;
                return (
                  <li
                    key={row.id}
                    className="data-set-list__item"
                    aria-current={inUse ? 'true' : undefined}
                  >
                    <div>
                      <strong>{row.fileName}</strong>{' '}
                      {inUse && <span className="data-set-list__badge">{t.inUse}</span>}
                      {row.sessionOnly && (
                        <span className="data-set-list__badge data-set-list__badge--session">
                          {modeText.sessionOnly}
                        </span>
                      )}
                      <br />
                      <span className="data-set-list__detail">{row.detail}</span>
                    </div>
                    <div className="data-set-list__actions">
                      <button
                        type="button"
                        className="button button--small"
                        disabled={inUse}
                        onClick={() => setActiveDataSet(kind, row.id)}
                        aria-label={t.useLabel(row.fileName)}
                      >
                        {t.use}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => void exportSet(row, 'csv')}
                        aria-label={t.exportCsvLabel(row.fileName)}
                      >
                        {t.exportCsv}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => void exportSet(row, 'json')}
                        aria-label={t.exportJsonLabel(row.fileName)}
                      >
                        {t.exportJson}
                      </button>
                      {row.id !== BUNDLED_ID && (
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => void remove(row)}
                          aria-label={t.removeLabel(row.fileName)}
                        >
                          {t.remove}
                        </button>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      <p className="data-set-list__status" role="status">
        {message}
      </p>
    </section>
  );
}
