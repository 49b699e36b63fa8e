/** One bundled Kiel tracker release, as recorded by `npm run data:kiel`. */
export interface KielReleaseRef {
  /** "29" */
  release: string;
  /** Data period as published, "04/2026" (MM/YYYY). */
  period: string;
  /** Release date, YYYY-MM-DD (release_info.csv). */
  date: string;
  label: string | null;
  /** Folder below public/data holding the release's files. */
  folder: string;
  /** First and last month with rows in data_explorer.csv, YYYY-MM. */
  firstMonth: string;
  lastMonth: string;
}

export interface KielReleaseManifest {
  current: KielReleaseRef;
  /** The release before it, kept for "what changed"; null when only one release is bundled. */
  previous: KielReleaseRef | null;
}

/** "Kiel Institute for the World Economy, Ukraine Support Tracker, Release 29 (04/2026)". */
export function kielCitation(ref: KielReleaseRef): string {
  return `Kiel Institute for the World Economy, Ukraine Support Tracker, Release ${ref.release} (${ref.period})`;
}
