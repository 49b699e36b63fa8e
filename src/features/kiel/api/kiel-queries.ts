import { queryOptions } from '@tanstack/react-query';
import { DATA_BASE } from '@/lib/fetch-json';
import { KIEL_RELEASES } from '../release/kiel-releases';
import { importedKiel } from './imported-kiel';

/** Folder of the bundled release under public/data. */
export const KIEL_RELEASE_FOLDER = KIEL_RELEASES.current.folder;

export const KIEL_FILES = {
  dataExplorer: 'data_explorer.csv',
  releaseInfo: 'release_info.csv',
  totalAllocations: 'total_allocations.csv',
  procurementTrends: 'procurement_trends.csv',
} as const;

export function kielFileUrl(file: string, folder: string = KIEL_RELEASE_FOLDER): string {
  return `${DATA_BASE}/${folder}/${file}`;
}

/**
 * The parsers and their checks (kiel-load.ts) download with the first Kiel query: the first view
 * (the donor chart) does not read the Kiel files, and the Kiel section mounts after it is painted.
 */
const loadCode = () => import('./kiel-load');

const base = ['kiel', `r${KIEL_RELEASES.current.release}`] as const;

/** Query options for the Kiel Ukraine Support Tracker files (static data: never stale). */
export const kielQueries = {
  all: () => base,
  /**
   * `setId`: `bundled` (release 29) or an imported data_explorer.csv. Components do not call this:
   * they use `useKielDataExplorer`, which passes the selection in use and subscribes to it.
   */
  dataExplorer: (setId: string) =>
    queryOptions({
      queryKey: [...base, 'data-explorer', setId] as const,
      queryFn: ({ signal }) =>
        setId === 'bundled'
          ? loadCode().then((code) => code.loadDataExplorer(signal))
          : // Provided by the import feature (src/app/compose-features.ts); loaded only when in use.
            importedKiel.load(setId),
      staleTime: Infinity,
    }),
  /** data_explorer.csv of a bundled release by its folder (current or previous, for "what changed"). */
  releaseDataExplorer: (folder: string) =>
    queryOptions({
      queryKey: ['kiel', 'release', folder, 'data-explorer'] as const,
      queryFn: ({ signal }) => loadCode().then((code) => code.loadDataExplorer(signal, folder)),
      staleTime: Infinity,
    }),
  releaseInfo: () =>
    queryOptions({
      queryKey: [...base, 'release-info'] as const,
      queryFn: ({ signal }) => loadCode().then((code) => code.loadReleaseInfo(signal)),
      staleTime: Infinity,
    }),
  totalAllocations: () =>
    queryOptions({
      queryKey: [...base, 'total-allocations'] as const,
      queryFn: ({ signal }) => loadCode().then((code) => code.loadTotalAllocations(signal)),
      staleTime: Infinity,
    }),
  procurementTrends: () =>
    queryOptions({
      queryKey: [...base, 'procurement-trends'] as const,
      queryFn: ({ signal }) => loadCode().then((code) => code.loadProcurementTrends(signal)),
      staleTime: Infinity,
    }),
};
