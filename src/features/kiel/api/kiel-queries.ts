import { queryOptions } from '@tanstack/react-query';
import { DATA_BASE, DataFormatError, fetchText } from '@/lib/fetch-json';
import { kielText } from '../kiel-text';
import { KIEL_RELEASES } from '../release/kiel-releases';
import { providedLoader } from '@/lib/data-sets/provided-loader';
import { showNumber, type KielParseIssue, type KielTableParse } from '../model/kiel-table';
import { parseKielDataExplorer, type KielDataExplorerParse } from '../model/parse-kiel';
import { wordKielMessage } from '../model/kiel-message';
import { parseKielProcurementTrends } from '../model/parse-procurement-trends';
import { parseKielReleaseInfo } from '../model/parse-release-info';
import { parseKielTotalAllocations } from '../model/parse-total-allocations';

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

function describeIssue(issue: KielParseIssue): string {
  const field = issue.field.startsWith('(') ? null : issue.field;
  return kielText().rows.at(String(issue.line), field, wordKielMessage(issue.message));
}

/**
 * Throw a DataFormatError naming the file when it cannot be used: required columns missing,
 * not one valid row, or cut off mid-record (a truncated transfer would silently drop rows).
 * Otherwise return the parse; rejected rows stay in `problems` and are shown as a note.
 */
export function ensureUsable<Parse extends KielTableParse<unknown>>(
  parse: Parse,
  url: string,
): Parse {
  // The problems are worded when shown (the error stays in the query cache across a language switch).
  if (parse.missingRequired.length > 0) {
    const columns = parse.missingRequired.join(', ');
    throw new DataFormatError(url, () => [kielText().rows.missingColumns(columns)]);
  }
  if (parse.truncated) {
    throw new DataFormatError(url, () => [
      kielText().rows.truncated(showNumber(parse.recordCount)),
    ]);
  }
  if (parse.rows.length === 0) {
    const why = () =>
      parse.recordCount === 0
        ? kielText().rows.noRows
        : kielText().rows.noneValid(showNumber(parse.recordCount));
    throw new DataFormatError(url, () => [why(), ...parse.problems.map(describeIssue)]);
  }
  return parse;
}

async function loadKielFile<Parse extends KielTableParse<unknown>>(
  file: string,
  parse: (text: string) => Parse,
  signal: AbortSignal,
  folder?: string,
): Promise<Parse> {
  const url = kielFileUrl(file, folder);
  const text = await fetchText(url, signal);
  return ensureUsable(parse(text), url);
}

const base = ['kiel', `r${KIEL_RELEASES.current.release}`] as const;

/** Imported Kiel data sets' rows, as the import feature stores them (provided by src/app). */
export const importedKiel = providedLoader<KielDataExplorerParse>('Kiel');

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
          ? loadKielFile(KIEL_FILES.dataExplorer, parseKielDataExplorer, signal)
          : // Provided by the import feature (src/app/compose-features.ts); loaded only when in use.
            importedKiel.load(setId),
      staleTime: Infinity,
    }),
  /** data_explorer.csv of a bundled release by its folder (current or previous, for "what changed"). */
  releaseDataExplorer: (folder: string) =>
    queryOptions({
      queryKey: ['kiel', 'release', folder, 'data-explorer'] as const,
      queryFn: ({ signal }) =>
        loadKielFile(KIEL_FILES.dataExplorer, parseKielDataExplorer, signal, folder),
      staleTime: Infinity,
    }),
  releaseInfo: () =>
    queryOptions({
      queryKey: [...base, 'release-info'] as const,
      queryFn: ({ signal }) => loadKielFile(KIEL_FILES.releaseInfo, parseKielReleaseInfo, signal),
      staleTime: Infinity,
    }),
  totalAllocations: () =>
    queryOptions({
      queryKey: [...base, 'total-allocations'] as const,
      queryFn: ({ signal }) =>
        loadKielFile(KIEL_FILES.totalAllocations, parseKielTotalAllocations, signal),
      staleTime: Infinity,
    }),
  procurementTrends: () =>
    queryOptions({
      queryKey: [...base, 'procurement-trends'] as const,
      queryFn: ({ signal }) =>
        loadKielFile(KIEL_FILES.procurementTrends, parseKielProcurementTrends, signal),
      staleTime: Infinity,
    }),
};
