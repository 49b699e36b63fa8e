import * as v from 'valibot';
import { formatPath } from '@/lib/format-path';
import { isoDateOrMonth, issuePath, nonEmpty, safeParseData } from '@/lib/schema-primitives';

/** One line of a data file, named by the file, its key (id, or what identifies it) and label. */
export const changelogLineSchema = v.object({
  file: nonEmpty,
  key: nonEmpty,
  label: v.string(),
  /** The label in German (written by data:changelog; data:check warns when missing). */
  labelDe: v.optional(v.string()),
});

export const fieldChangeSchema = v.object({
  field: nonEmpty,
  /** The value before and after, as JSON text (long values shortened). */
  old: v.string(),
  new: v.string(),
});

export const revisedLineSchema = v.object({
  ...changelogLineSchema.entries,
  changes: v.pipe(v.array(fieldChangeSchema), v.minLength(1)),
  /** Why this line changed (the entry's reason unless the maintainer gave one for the line). */
  reason: nonEmpty,
  reasonDe: v.optional(nonEmpty),
});

/** One data update: dated, with its reason, and every line added, revised or removed. */
export const changelogEntrySchema = v.object({
  date: isoDateOrMonth,
  reason: nonEmpty,
  /** The reason in German (`--reason-de`; data:check warns when missing). */
  reasonDe: v.optional(nonEmpty),
  /** Counts and facts about the data after the update ("pledges.json: 52 lines, ..."). */
  summary: v.array(nonEmpty),
  added: v.array(changelogLineSchema),
  revised: v.array(revisedLineSchema),
  removed: v.array(changelogLineSchema),
});

export const changelogSchema = v.object({
  title: nonEmpty,
  /** Oldest first: each update appends one entry. */
  entries: v.array(changelogEntrySchema),
});

export type ChangelogLine = v.InferOutput<typeof changelogLineSchema>;
export type RevisedLine = v.InferOutput<typeof revisedLineSchema>;
export type ChangelogEntry = v.InferOutput<typeof changelogEntrySchema>;
export type Changelog = v.InferOutput<typeof changelogSchema>;

/** data:check: one message per problem, naming the field; entries must be in date order. */
export function validateChangelog(json: unknown): string[] {
  const result = safeParseData(changelogSchema, json);
  if (!result.success) {
    return result.issues.map(
      (issue) => `${formatPath(issuePath(issue)) || '(root)'}: ${issue.message}`,
    );
  }
  const problems: string[] = [];
  result.output.entries.forEach((entry, i) => {
    const before = result.output.entries[i - 1];
    if (before && entry.date < before.date)
      problems.push(`entries[${i}].date: ${entry.date} is before the entry above (${before.date})`);
  });
  return problems;
}
