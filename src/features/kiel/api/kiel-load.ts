import { DataFormatError, fetchText } from '@/lib/fetch-json';
import { kielText } from '../kiel-text';
import { showNumber, type KielParseIssue, type KielTableParse } from '../model/kiel-table';
import { parseKielDataExplorer } from '../model/parse-kiel';
import { wordKielMessage } from '../model/kiel-message';
import { parseKielProcurementTrends } from '../model/parse-procurement-trends';
import { parseKielReleaseInfo } from '../model/parse-release-info';
import { parseKielTotalAllocations } from '../model/parse-total-allocations';
import { KIEL_FILES, kielFileUrl } from './kiel-queries';

// Loading and checking the Kiel files: the code kielQueries' query functions download on demand.

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

export const loadDataExplorer = (signal: AbortSignal, folder?: string) =>
  loadKielFile(KIEL_FILES.dataExplorer, parseKielDataExplorer, signal, folder);
export const loadReleaseInfo = (signal: AbortSignal) =>
  loadKielFile(KIEL_FILES.releaseInfo, parseKielReleaseInfo, signal);
export const loadTotalAllocations = (signal: AbortSignal) =>
  loadKielFile(KIEL_FILES.totalAllocations, parseKielTotalAllocations, signal);
export const loadProcurementTrends = (signal: AbortSignal) =>
  loadKielFile(KIEL_FILES.procurementTrends, parseKielProcurementTrends, signal);
