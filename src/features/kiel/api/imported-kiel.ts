import { providedLoader } from '@/lib/data-sets/provided-loader';
import type { KielDataExplorerParse } from '../model/parse-kiel';

/**
 * Imported Kiel data sets' rows, as the import feature stores them (provided by src/app). A module
 * of its own: src/app wires it at start without the Kiel queries and parsers (loaded later).
 */
export const importedKiel = providedLoader<KielDataExplorerParse>('Kiel');
