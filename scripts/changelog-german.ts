import type { ChangelogEntry, ChangelogLine } from '@/features/changelog/api/changelog-schema';
import type { DataFiles } from '@/features/changelog/model/data-collections';
import { FINANCING_DE } from '@/features/financing/model/financing-de';
import { pledgeLabelDe } from '@/features/pledges/model/pledge-label-de';
import { germanByEnglish } from '@/lib/i18n/german-by-english';
import { PURL_WHO_DE } from './research-purl-de';

/** The donors of a pledge row of `files` (by id), for its German label. */
function donorsIn(files: readonly DataFiles[], id: string): string[] | undefined {
  for (const file of files) {
    const pledges = (file.pledges as { pledges?: { id?: unknown; donors?: unknown }[] } | undefined)
      ?.pledges;
    const row = pledges?.find((pledge) => pledge.id === id);
    if (row && Array.isArray(row.donors)) return row.donors.map(String);
  }
  return undefined;
}

/**
 * A changelog line's label in German, from the same German the app shows for that line: the
 * composed pledge label, who made a PURL statement, the financing text; null when there is none
 * (data:check warns).
 */
export function germanLineLabel(
  line: Pick<ChangelogLine, 'file' | 'key' | 'label'>,
  files: readonly DataFiles[],
): string | null {
  if (line.file === 'pledges.json') {
    const donors = donorsIn(files, line.key);
    return donors ? pledgeLabelDe({ label: line.label, donors }) : null;
  }
  if (line.file === 'purl-running-totals.json') {
    const [, who = '', date = ''] = /^(.*), (\S+)$/.exec(line.label) ?? [];
    const german = germanByEnglish(PURL_WHO_DE, who);
    return german === null ? null : `${german}, ${date}`;
  }
  if (line.file === 'fx-rates.json') return `Referenzkurs ${line.key}`;
  if (line.file.startsWith('financing.json')) return germanByEnglish(FINANCING_DE, line.label);
  return null;
}

export interface GermanReasons {
  /** The entry's reason in German (`--reason-de`). */
  entry?: string | undefined;
  /** A revised line's own reason in German, by its key (`--why-de KEY=TEXT`). */
  byKey?: Readonly<Record<string, string>>;
}

/** The entry with its German: the reason, each line's label and each revised line's reason. */
export function withGerman(
  entry: ChangelogEntry,
  files: readonly DataFiles[],
  reasons: GermanReasons,
  englishByKey: Readonly<Record<string, string>> = {},
): ChangelogEntry {
  const label = <L extends ChangelogLine>(line: L): L => {
    const labelDe = germanLineLabel(line, files);
    return labelDe === null ? line : { ...line, labelDe };
  };
  return {
    ...entry,
    ...(reasons.entry ? { reasonDe: reasons.entry } : {}),
    added: entry.added.map(label),
    removed: entry.removed.map(label),
    revised: entry.revised.map((line) => {
      // A line with its own English reason needs its own German one; else the entry's.
      const own = line.key in englishByKey;
      const reasonDe = own ? reasons.byKey?.[line.key] : reasons.entry;
      return { ...label(line), ...(reasonDe ? { reasonDe } : {}) };
    }),
  };
}
