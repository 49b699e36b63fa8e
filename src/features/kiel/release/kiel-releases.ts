/**
 * The bundled Kiel tracker releases (kiel-releases.json, written by `npm run data:kiel -- <folder>`
 * from the release files themselves). Read at build time, so the app knows the current release's
 * folder before it fetches anything; validated here, so a hand edit that breaks it fails at once.
 */
import * as v from 'valibot';
import manifest from './kiel-releases.json';
import { kielReleaseManifestSchema } from './kiel-release-types';

export const KIEL_RELEASES = v.parse(kielReleaseManifestSchema, manifest);
