import { useQuery } from '@tanstack/react-query';
import { useActiveSelection } from '@/lib/data-sets/active-selection';
import type { KielDataExplorerParse } from '../model/parse-kiel';
import { kielQueries } from './kiel-queries';

interface ExplorerOptions<Data> {
  /** Derive from the parse (a stable function: TanStack Query keeps the result until it changes). */
  select?: (parse: KielDataExplorerParse) => Data;
  enabled?: boolean;
}

/**
 * The Kiel data explorer in use: the bundled release or the imported set this browser selected.
 * Subscribes to the selection, so a component using it re-renders when the selection changes
 * (also from another tab) without any parent re-rendering.
 */
export function useKielDataExplorer<Data = KielDataExplorerParse>({
  select,
  enabled = true,
}: ExplorerOptions<Data> = {}) {
  const { kiel } = useActiveSelection();
  return useQuery({ ...kielQueries.dataExplorer(kiel), select, enabled });
}

/** release_info.csv of the bundled release. */
export function useKielReleaseInfo(enabled = true) {
  return useQuery({ ...kielQueries.releaseInfo(), enabled });
}

/** data_explorer.csv of a bundled release by its folder (for "what changed"). */
export function useKielReleaseDataExplorer(folder: string) {
  return useQuery(kielQueries.releaseDataExplorer(folder));
}
