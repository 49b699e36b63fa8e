import { useKielDataExplorer } from '@/features/kiel/api/use-kiel-data';
import type { KielDataExplorerParse } from '@/features/kiel/model/parse-kiel';
import { gdpTableFromKiel } from '@/features/eu-options/model/gdp-key';

const selectGdp = (parse: KielDataExplorerParse) => gdpTableFromKiel(parse.rows).byCode;

/** GDP (EUR bn) by donor from the Kiel release, loaded only when the % of GDP view is chosen. */
export function useDonorGdp(enabled: boolean) {
  return useKielDataExplorer({ select: selectGdp, enabled });
}
