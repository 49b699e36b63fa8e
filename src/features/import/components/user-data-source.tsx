import { useActiveImport } from '../api/data-set-queries';
import type { DataSetKind } from '../model/import-types';
import { importLabels } from '../import-labels';
import { userDataLabel } from '../model/user-data-label';

/**
 * The source line of a chart drawn from the user's own data ("Your data: FILE (imported ...)"),
 * or `fallback` (the bundled source) when the bundled data is in use; both when the user's pledges
 * were added to the bundled ones.
 */
export function UserDataSource({
  kind,
  fallback,
}: {
  kind: DataSetKind;
  fallback: React.ReactNode;
}) {
  const meta = useActiveImport(kind);
  if (!meta) return <>{fallback}</>;
  const t = importLabels();
  const own = (
    <span className="user-data-source">
      <strong>{userDataLabel(meta)}</strong>
      {t.sourceSuffix}
    </span>
  );
  // Added to the bundled pledges: both sources, the bundled one first.
  if (meta.mode === 'add') {
    return (
      <>
        {fallback}
        {t.sourcePlus}
        {own}
      </>
    );
  }
  return own;
}
