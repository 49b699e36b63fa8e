import {
  type KielDataExplorerParse,
  KIEL_RELEASES,
  kielCitation,
  useKielDataExplorer,
} from '@/features/kiel';
import { gdpTableFromKiel } from '../model/gdp-key';

const selectGdp = (parse: KielDataExplorerParse) => gdpTableFromKiel(parse.rows);

/** GDP by country from the Kiel release's data explorer (the same query the Kiel charts use). */
export function useGdpTable() {
  return useKielDataExplorer({ select: selectGdp });
}

/** The source of the key's GDP; `column` names the file's column in the page's language. */
export const gdpKeySource = (column: string) => ({
  title: `${kielCitation(KIEL_RELEASES.current)}, data_explorer.csv, ${column}`,
  url: 'https://www.ifw-kiel.de/topics/war-against-ukraine/ukraine-support-tracker/',
  date: KIEL_RELEASES.current.date,
  reliability: 'official' as const,
});
