import { loadImportedKiel, loadImportedPledges } from '@/features/import';
import { importedKiel } from '@/features/kiel';
import { importedPledges } from '@/features/pledges';
import { registerLocaleTexts } from './locale-texts';

let composed = false;

/**
 * What one feature provides to another, wired here so that neither imports the other: the import
 * feature's loaders of stored data sets for the Kiel and pledge queries. Its code (IndexedDB) is
 * fetched only when an imported set is in use. The import feature's source line reaches the charts
 * through DataSourceLineProvider (app.tsx). Features' text of a language arrives with its
 * dictionary (locale-texts.ts).
 */
export function composeFeatures(): void {
  if (composed) return;
  composed = true;
  importedKiel.provide(loadImportedKiel);
  importedPledges.provide(loadImportedPledges);
  registerLocaleTexts();
}
