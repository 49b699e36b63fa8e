import type { KielDonorMonth } from '@/features/kiel';
import type { Pledge } from '@/features/pledges';
import { csvCell } from '@/lib/csv/csv-cell';
import type { DataSetPayload } from './import-types';
import { LIST_SEPARATOR, PLEDGE_CSV_COLUMNS, type PledgeCsvColumn } from './pledge-csv-columns';

function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]) {
  return (
    [header.map(csvCell).join(','), ...rows.map((row) => row.map(csvCell).join(','))].join('\r\n') +
    '\r\n'
  );
}

export const KIEL_EXPORT_COLUMNS = [
  'country',
  'iso',
  'year',
  'month',
  'total',
  'financial',
  'humanitarian',
  'military',
  'commitments',
  'to_be_allocated',
  'gdp',
  'pct_gdp',
] as const;

/** Kiel rows back in the tracker's own data_explorer.csv layout (missing values left empty). */
export function kielToCsv(rows: readonly KielDonorMonth[]): string {
  return toCsv(
    KIEL_EXPORT_COLUMNS,
    rows.map((r) => [
      r.country,
      r.iso,
      r.year,
      r.month,
      r.total,
      r.financial,
      r.humanitarian,
      r.military,
      r.commitments,
      r.toBeAllocated,
      r.gdp,
      r.pctGdp,
    ]),
  );
}

function pledgeCells(p: Pledge): Record<PledgeCsvColumn, string | number | null> {
  const source = p.sources[0];
  return {
    id: p.id,
    donors: p.donors.join(LIST_SEPARATOR),
    kind: p.kind,
    label: p.label,
    instrument: p.instrument,
    category: p.category,
    amount: p.amount,
    currency: p.currency,
    qualifier: p.qualifier,
    announced: p.announced,
    status: p.status,
    status_note: p.statusNote ?? null,
    status_note_de: p.statusNoteDe ?? null,
    share_of: p.shareOf ?? null,
    spans: p.spans?.join(LIST_SEPARATOR) ?? null,
    included_in: p.includedIn ?? null,
    description: p.description,
    description_de: p.descriptionDe ?? null,
    source_title: source?.title ?? null,
    source_url: source?.url ?? null,
    source_date: source?.date ?? null,
    source_reliability: source?.reliability ?? null,
  };
}

/** Pledges in the analysts' CSV format: one row each, first source only (JSON keeps them all). */
export function pledgesToCsv(pledges: readonly Pledge[]): string {
  return toCsv(
    PLEDGE_CSV_COLUMNS,
    pledges.map((p) => {
      const cells = pledgeCells(p);
      return PLEDGE_CSV_COLUMNS.map((column) => cells[column]);
    }),
  );
}

/** The data in the format that imports again: pledges as `{dataset, pledges}`, Kiel as rows. */
export function payloadToJson(payload: DataSetPayload): string {
  return payload.kind === 'pledges'
    ? `${JSON.stringify(payload.data.dataset, null, 2)}\n`
    : `${JSON.stringify(payload.data.rows, null, 2)}\n`;
}

export function payloadToCsv(payload: DataSetPayload): string {
  return payload.kind === 'pledges'
    ? pledgesToCsv(payload.data.dataset.pledges)
    : kielToCsv(payload.data.rows);
}

/** "pledges.json" -> "pledges-export.csv". */
export function exportFileName(fileName: string, format: 'csv' | 'json'): string {
  const stem = fileName.replace(/\.[a-z0-9]+$/i, '') || 'data';
  return `${stem}-export.${format}`;
}
