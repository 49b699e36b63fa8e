import { memo, useMemo, useState } from 'react';
import { DataTable, type DataColumn } from '@/components/data-table';
import { formatMonth, formatNumber } from '@/lib/format';
import { useKielReleaseDataExplorer } from '../api/use-kiel-data';
import { kielLabels } from '../components/kiel-series';
import { KIEL_CATEGORIES } from '../model/kiel-selectors';
import { KIEL_RELEASES } from './kiel-releases';
import type { KielReleaseManifest } from './kiel-release-types';
import { releaseChangesText } from './release-changes-text';
import './release-changes.css';
import { diffKielReleases, type KielChangeRow, type KielReleaseDiff } from './release-diff';

/** Rows shown in the table (the largest changes); the CLI report lists them all. */
const ROWS_SHOWN = 15;

const signed = (value: number) =>
  `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatNumber(Math.abs(value), 3)}`;

/**
 * "Changes since release N": the bundled release compared with the previous one, per donor and
 * type, new months kept apart from revisions of earlier months. The files are fetched when the
 * panel is opened. `releases`: the manifest (tests pass their own).
 */
export const KielReleaseChanges = memo(function KielReleaseChanges({
  releases = KIEL_RELEASES,
}: {
  releases?: KielReleaseManifest;
}) {
  const t = releaseChangesText();
  const [open, setOpen] = useState(false);
  const previous = releases.previous;
  if (!previous)
    return <p className="kiel-release-changes__none">{t.onlyOne(releases.current.release)}</p>;
  return (
    <details
      className="kiel-release-changes"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{t.title(previous.release)}</summary>
      {open && (
        <ChangesBody previousFolder={previous.folder} currentFolder={releases.current.folder} />
      )}
    </details>
  );
});

function ChangesBody({
  previousFolder,
  currentFolder,
}: {
  previousFolder: string;
  currentFolder: string;
}) {
  const t = releaseChangesText();
  const before = useKielReleaseDataExplorer(previousFolder);
  const after = useKielReleaseDataExplorer(currentFolder);
  const diff = useMemo(
    () => (before.data && after.data ? diffKielReleases(before.data.rows, after.data.rows) : null),
    [before.data, after.data],
  );
  const error = before.error ?? after.error;
  if (error) return <p role="alert">{t.failed(error.message)}</p>;
  if (!diff) return <p aria-busy="true">{t.loading}</p>;
  return <ChangesSummary diff={diff} />;
}

export function ChangesSummary({ diff }: { diff: KielReleaseDiff }) {
  const t = releaseChangesText();
  const labels = kielLabels();
  const columns: DataColumn<KielChangeRow>[] = [
    { key: 'donor', header: t.donor, cell: (row) => row.country },
    { key: 'type', header: t.type, cell: (row) => labels[row.type] },
    { key: 'added', header: t.added, numeric: true, cell: (row) => signed(row.added) },
    { key: 'revised', header: t.revised, numeric: true, cell: (row) => signed(row.revised) },
    {
      key: 'months',
      header: t.revisedMonths,
      cell: (row) => row.revisions.map((r) => formatMonth(r.period)).join(', '),
    },
  ];
  const rows = diff.rows.slice(0, ROWS_SHOWN);
  return (
    <div className="kiel-release-changes__body">
      <p>
        {t.months(
          diff.previousLastMonth ? formatMonth(diff.previousLastMonth) : '–',
          diff.nextLastMonth ? formatMonth(diff.nextLastMonth) : '–',
          diff.newMonths.map(formatMonth).join(', ') || t.noNewMonths,
        )}
      </p>
      {diff.newDonors.length > 0 && <p>{t.donorsNew(diff.newDonors.join(', '))}</p>}
      {diff.droppedDonors.length > 0 && <p>{t.donorsDropped(diff.droppedDonors.join(', '))}</p>}
      <ul>
        {KIEL_CATEGORIES.map((type) => (
          <li key={type}>
            {t.totals(
              labels[type],
              signed(diff.totals[type].added),
              signed(diff.totals[type].revised),
            )}
          </li>
        ))}
      </ul>
      {rows.length === 0 ? (
        <p>{t.nothing}</p>
      ) : (
        <DataTable
          caption={t.caption(rows.length, diff.rows.length)}
          columns={columns}
          rows={rows}
          rowKey={(row) => `${row.iso}-${row.type}`}
        />
      )}
    </div>
  );
}
