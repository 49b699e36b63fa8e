/**
 * The one size limit for an imported file: the browser import and `npm run data:import` refuse
 * larger files before reading them, and the import panel states it. Rows are stored in chunks
 * (storage/payload-chunks.ts), so a file under the limit is never too large for one IndexedDB
 * value; only the browser's quota can still refuse it, and then the set is kept for the session.
 */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export const MAX_IMPORT_MB = MAX_IMPORT_BYTES / 1048576;
