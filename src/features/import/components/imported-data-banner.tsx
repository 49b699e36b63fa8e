import { lazy, Suspense, useState } from 'react';
import { useActiveSelection } from '@/lib/data-sets/active-selection';
import { BUNDLED_ID } from '@/lib/data-sets/data-set-kind';
import { useDataSetSync } from '../api/data-set-sync';

/**
 * The banner's code (and with it the stored list's checks) loads when the user's own data is
 * first selected: the first view of the bundled data does without it.
 */
const ImportedDataBannerBody = lazy(() =>
  import('./imported-data-banner-body').then((module) => ({
    default: module.ImportedDataBannerBody,
  })),
);

/**
 * The banner at the top of the dashboard while the user's own data is in use (or its selection
 * was lost). Keeps this tab's list of data sets in step with the other tabs from the start.
 */
export function ImportedDataBanner() {
  const active = useActiveSelection();
  useDataSetSync();
  const anyImported = active.pledges !== BUNDLED_ID || active.kiel !== BUNDLED_ID;
  // Once drawn, the banner stays: after a lost set falls back to the bundled data, it says so.
  const [needed, setNeeded] = useState(anyImported);
  if (anyImported && !needed) setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <ImportedDataBannerBody />
    </Suspense>
  );
}
