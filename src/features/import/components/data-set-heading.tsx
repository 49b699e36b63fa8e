import { memo } from 'react';
import { useActiveImport } from '../api/data-set-queries';
import { importLabels } from '../import-labels';
import { formatImportedAt } from '../model/user-data-label';

/**
 * The heading text of the Kiel section: the bundled release (`bundled`) or, while an imported
 * data set is in use, the user's file and when it was imported.
 */
export const KielDataHeading = memo(function KielDataHeading({
  bundled,
}: {
  bundled: React.ReactNode;
}) {
  const meta = useActiveImport('kiel');
  if (!meta) return <>{bundled}</>;
  return <>{importLabels().kielHeading(meta.fileName, formatImportedAt(meta.importedAt))}</>;
});
