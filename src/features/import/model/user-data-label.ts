import type { DataSetMeta } from './import-types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** "2026-11-25T13:02:00Z" -> "25 Nov 2026 14:02" in the browser's time zone (or the one given). */
export function formatImportedAt(iso: string, timeZoneOffsetMinutes?: number): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (timeZoneOffsetMinutes !== undefined) {
    const shifted = new Date(date.getTime() + timeZoneOffsetMinutes * 60_000);
    return `${shifted.getUTCDate()} ${MONTHS[shifted.getUTCMonth()]} ${shifted.getUTCFullYear()} ${two(shifted.getUTCHours())}:${two(shifted.getUTCMinutes())}`;
  }
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** "Your data: pledges-2026.csv (imported 25 Nov 2026 14:02)": the source line of user data. */
export function userDataLabel(
  meta: Pick<DataSetMeta, 'fileName' | 'importedAt'>,
  timeZoneOffsetMinutes?: number,
): string {
  return `Your data: ${meta.fileName} (imported ${formatImportedAt(meta.importedAt, timeZoneOffsetMinutes)})`;
}

/** "Kiel tracker data" / "pledge list": what a kind is called on screen. */
export function kindName(kind: DataSetMeta['kind']): string {
  return kind === 'kiel' ? 'Kiel tracker data (data_explorer.csv)' : 'pledge list';
}
