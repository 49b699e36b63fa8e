import type { ChangelogEntry, ChangelogLine, RevisedLine } from '../api/changelog-schema';
import { collectionsOf, type Collection, type DataFiles, type DataItem } from './data-collections';

/** Old and new values longer than this are shortened in the changelog (the files keep them). */
const MAX_VALUE = 240;

const show = (value: unknown) => {
  const json = value === undefined ? '(absent)' : JSON.stringify(value);
  return json.length > MAX_VALUE ? `${json.slice(0, MAX_VALUE - 1)}…` : json;
};

function keyed(collection: Collection): Map<string, DataItem> {
  const map = new Map<string, DataItem>();
  for (const item of collection.items) map.set(collection.key(item), item);
  return map;
}

export interface Reasons {
  /** The update's reason: every revised line gets it unless `byKey` names one for the line. */
  entry: string;
  /** Reasons for single lines, by key (a pledge id, a currency, ...). */
  byKey?: Readonly<Record<string, string>>;
}

export interface DataDiff {
  added: ChangelogLine[];
  revised: RevisedLine[];
  removed: ChangelogLine[];
}

/** Lines added, revised (each changed field, old -> new, with a reason) and removed. */
export function diffDataFiles(before: DataFiles, after: DataFiles, reasons: Reasons): DataDiff {
  const old = collectionsOf(before);
  const now = collectionsOf(after);
  const diff: DataDiff = { added: [], revised: [], removed: [] };
  now.forEach((collection, i) => {
    const previous = keyed(old[i] ?? { ...collection, items: [] });
    const current = keyed(collection);
    const line = (key: string, item: DataItem): ChangelogLine => ({
      file: collection.file,
      key,
      label: collection.label(item),
    });
    for (const [key, item] of current) {
      const was = previous.get(key);
      if (!was) {
        diff.added.push(line(key, item));
        continue;
      }
      const fields = [...new Set([...Object.keys(was), ...Object.keys(item)])];
      const changes = fields
        .filter((field) => JSON.stringify(was[field]) !== JSON.stringify(item[field]))
        .map((field) => ({ field, old: show(was[field]), new: show(item[field]) }));
      if (changes.length > 0) {
        diff.revised.push({
          ...line(key, item),
          changes,
          reason: reasons.byKey?.[key] ?? reasons.entry,
        });
      }
    }
    for (const [key, item] of previous) if (!current.has(key)) diff.removed.push(line(key, item));
  });
  return diff;
}

/** "pledges.json: 52 lines", ... : what the data holds after the update. */
export function summariseData(files: DataFiles): string[] {
  return collectionsOf(files)
    .filter((collection) => collection.items.length > 0)
    .map((c) => `${c.file}: ${c.items.length} ${c.items.length === 1 ? 'line' : 'lines'}`);
}

/** A changelog entry for an update from `before` to `after`. */
export function changelogEntry(
  date: string,
  before: DataFiles,
  after: DataFiles,
  reasons: Reasons,
): ChangelogEntry {
  return {
    date,
    reason: reasons.entry,
    summary: summariseData(after),
    ...diffDataFiles(before, after, reasons),
  };
}
