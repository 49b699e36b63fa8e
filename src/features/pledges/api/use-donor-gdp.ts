import { type KielDataExplorerParse, useKielDataExplorer } from '@/features/kiel';
import { gdpTableFromKiel } from '@/features/eu-options';

const selectGdp = (parse: KielDataExplorerParse) => gdpTableFromKiel(parse.rows).byCode;

/** GDP (EUR bn) by donor from the Kiel release, loaded only when the % of GDP view is chosen. */
export function useDonorGdp(enabled: boolean) {
  return useKielDataExplorer({ select: selectGdp, enabled });
}
