import { importLabels } from '../import-labels';
import type { DataSetMeta } from './import-types';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * "2026-11-25T13:02:00Z" -> "25 Nov 2026 14:02" (German: "25. Nov. 2026, 14:02 Uhr") in the
 * browser's time zone (or the one given), in the current interface language.
 */
export function formatImportedAt(iso: string, timeZoneOffsetMinutes?: number): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const t = importLabels();
  const parts =
    timeZoneOffsetMinutes === undefined
      ? [date.getDate(), date.getMonth(), date.getFullYear(), date.getHours(), date.getMinutes()]
      : (() => {
          const s = new Date(date.getTime() + timeZoneOffsetMinutes * 60_000);
          return [
            s.getUTCDate(),
            s.getUTCMonth(),
            s.getUTCFullYear(),
            s.getUTCHours(),
            s.getUTCMinutes(),
          ];
        })();
  const [day = 0, month = 0, year = 0, hours = 0, minutes = 0] = parts;
  return t.dateTime(day, t.months[month] ?? '', year, `${two(hours)}:${two(minutes)}`);
}

/** "Your data: pledges-2026.csv (imported 25 Nov 2026 14:02)": the source line of user data. */
export function userDataLabel(
  meta: Pick<DataSetMeta, 'fileName' | 'importedAt'>,
  timeZoneOffsetMinutes?: number,
): string {
  return importLabels().userDataLabel(
    meta.fileName,
    formatImportedAt(meta.importedAt, timeZoneOffsetMinutes),
  );
}

/** "Kiel tracker data" / "pledge list": what a kind is called on screen. */
export function kindName(kind: DataSetMeta['kind']): string {
  return importLabels().kindNames[kind];
}
