/**
 * The bundled Kiel tracker releases: written by `npm run data:kiel -- <folder>` (scripts/data-kiel.ts)
 * from the release files themselves (release_info.csv and the months in data_explorer.csv). Edit
 * by hand only to undo an import. The app reads the current release's files from `folder`, and
 * compares it with `previous` (kept in its own folder) in "Changes since release N".
 */
import type { KielReleaseManifest } from './kiel-release-types';

export const KIEL_RELEASES: KielReleaseManifest = {
  current: {
    release: '29',
    period: '04/2026',
    date: '2026-08-04',
    label: 'Ukraine Support Tracker, Release 29 (04/2026)',
    folder: 'kiel-ust-r29',
    firstMonth: '2022-01',
    lastMonth: '2026-04',
  },
  previous: null,
};
