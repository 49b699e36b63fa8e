import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DataSetMeta } from '../model/import-types';
import { BUNDLED_ID, type DataSetKind } from '@/lib/data-sets/data-set-kind';
import { useActiveSelection } from '@/lib/data-sets/active-selection';

export const dataSetQueries = {
  all: () => ['data-sets'] as const,
  /** The registry of imported data sets (no rows). */
  list: () =>
    queryOptions({
      queryKey: ['data-sets', 'list'] as const,
      // Asked only while an imported set is in use: the store's code (IndexedDB) loads then.
      queryFn: () =>
        import('../storage/store-instance').then((module) => module.getDataSetStore().list()),
      staleTime: Infinity,
    }),
};

/**
 * The imported data set in use for a kind, or null for the bundled data (also while the
 * registry loads, and when the selected set is not stored here any more).
 */
export function useActiveImport(kind: DataSetKind): DataSetMeta | null {
  const active = useActiveSelection()[kind];
  const list = useDataSetList(active !== BUNDLED_ID);
  if (active === BUNDLED_ID) return null;
  return list.data?.find((set) => set.id === active) ?? null;
}

/** The registry of imported data sets; `enabled: false` keeps the store's code unloaded. */
export function useDataSetList(enabled = true) {
  return useQuery({ ...dataSetQueries.list(), enabled });
}
