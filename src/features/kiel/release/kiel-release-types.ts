import * as v from 'valibot';

const month = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'));

/** One bundled Kiel tracker release, as recorded by `npm run data:kiel`. */
export const kielReleaseRefSchema = v.object({
  /** "29" */
  release: v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'expected a release number')),
  /** Data period as published, "04/2026" (MM/YYYY). */
  period: v.pipe(v.string(), v.regex(/^(0[1-9]|1[0-2])\/\d{4}$/, 'expected MM/YYYY')),
  /** Release date, YYYY-MM-DD (release_info.csv). */
  date: v.pipe(v.string(), v.isoDate()),
  label: v.nullable(v.string()),
  /** Folder below public/data holding the release's files. */
  folder: v.pipe(v.string(), v.regex(/^kiel-ust-r\d{1,3}$/, 'expected kiel-ust-rNN')),
  /** First and last month with rows in data_explorer.csv, YYYY-MM. */
  firstMonth: month,
  lastMonth: month,
});

export const kielReleaseManifestSchema = v.object({
  current: kielReleaseRefSchema,
  /** The release before it, kept for "what changed"; null when only one release is bundled. */
  previous: v.nullable(kielReleaseRefSchema),
});

export type KielReleaseRef = v.InferOutput<typeof kielReleaseRefSchema>;
export type KielReleaseManifest = v.InferOutput<typeof kielReleaseManifestSchema>;

/** "Kiel Institute for the World Economy, Ukraine Support Tracker, Release 29 (04/2026)". */
export function kielCitation(ref: KielReleaseRef): string {
  return `Kiel Institute for the World Economy, Ukraine Support Tracker, Release ${ref.release} (${ref.period})`;
}
