import { useActiveImport } from '../api/data-set-queries';
import type { DataSetKind } from '../model/import-types';
import { importLabels } from '../import-labels';
import { userDataLabel } from '../model/user-data-label';

/**
 * The source line of a chart drawn from the user's own data ("Your data: FILE (imported ...)"),
 * or `fallback` (the bundled source) when the bundled data is in use.
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
  return (
    <span className="user-data-source">
      <strong>{userDataLabel(meta)}</strong>
      {importLabels().sourceSuffix}
    </span>
  );
}
