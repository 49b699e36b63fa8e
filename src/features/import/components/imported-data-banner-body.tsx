import { useEffect, useState } from 'react';
import { useDataSetList } from '../api/data-set-queries';
import { importLabels } from '../import-labels';
import { BUNDLED_ID, dataSetKinds, type DataSetKind } from '@/lib/data-sets/data-set-kind';
import { kindName, userDataLabel } from '../model/user-data-label';
import {
  dropInThisTab,
  setActiveDataSet,
  useActiveSelection,
} from '@/lib/data-sets/active-selection';
import './import.css';

/**
 * Shown at the top of the dashboard while the user's own data is in use, with a way back to the
 * bundled data. A selected set that is no longer stored falls back to the bundled data, with a note.
 * Loaded by ImportedDataBanner (imported-data-banner.tsx) once an imported set is selected.
 */
export function ImportedDataBannerBody() {
  const active = useActiveSelection();
  const t = importLabels();
  const anyImported = active.pledges !== BUNDLED_ID || active.kiel !== BUNDLED_ID;
  const list = useDataSetList(anyImported);
  const [lost, setLost] = useState<DataSetKind[]>([]);
  // A set is judged missing only against a list read after the selection last changed (here or
  // in another tab): a list read before may not know a set another tab has just stored.
  const activeKey = `${active.pledges} ${active.kiel}`;
  const [seen, setSeen] = useState({ key: activeKey, listAt: list.dataUpdatedAt });
  if (seen.key !== activeKey) setSeen({ key: activeKey, listAt: list.dataUpdatedAt });
  const fresh = list.data !== undefined && !list.isFetching && list.dataUpdatedAt > seen.listAt;
  const { refetch } = list;
  useEffect(() => {
    if (anyImported && list.data !== undefined && !fresh && !list.isFetching) void refetch();
  }, [anyImported, fresh, list.data, list.isFetching, refetch]);
  const missing = fresh
    ? dataSetKinds.filter(
        (kind) => active[kind] !== BUNDLED_ID && !list.data.some((set) => set.id === active[kind]),
      )
    : [];
  // Remember which selection was lost (adjusting state while rendering, not in an effect).
  if (missing.some((kind) => !lost.includes(kind))) setLost([...new Set([...lost, ...missing])]);
  const missingKey = missing.join(',');
  useEffect(() => {
    if (!missingKey) return;
    // This tab only: the set may be kept for the session in another tab, whose choice stays.
    for (const kind of missingKey.split(',')) dropInThisTab(active[kind as DataSetKind]);
  }, [missingKey, active]);

  const inUse = dataSetKinds.flatMap((kind) => {
    const meta = list.data?.find((set) => set.id === active[kind]);
    return meta ? [{ kind, meta }] : [];
  });
  if (inUse.length === 0 && lost.length === 0) return null;
  return (
    <div className="imported-banner" role="region" aria-label={t.bannerLabel}>
      {inUse.map(({ kind, meta }) => (
        <p key={kind} className="imported-banner__line">
          <span>
            {t.showingBefore}
            <strong>{userDataLabel(meta)}</strong>
            {meta.mode === 'add' ? t.showingAdded : t.showingAfter[kind]}
          </span>
          <button
            type="button"
            className="button button--small"
            onClick={() => setActiveDataSet(kind, BUNDLED_ID)}
          >
            {t.switchBack[kind]}
          </button>
        </p>
      ))}
      {lost.length > 0 && (
        <p className="imported-banner__line" role="status">
          <span>{t.lost(lost.map(kindName).join(t.and))}</span>
          <button type="button" className="button button--small" onClick={() => setLost([])}>
            {t.dismiss}
          </button>
        </p>
      )}
    </div>
  );
}
