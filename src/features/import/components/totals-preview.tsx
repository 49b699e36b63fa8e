import { useMemo, useState } from 'react';
import { formatNumber } from '@/lib/format';
import { useKielDataExplorer } from '@/features/kiel';
import { buildRateTable, useFxRates, usePledgeDataset } from '@/features/pledges';
import { importText } from '../import-text';
import { compareTotals, grandTotal, payloadTotals, type DonorTotal } from '../model/donor-totals';
import type { DataSetKind, DataSetPayload } from '../model/import-types';

/** Rows shown before "Show all" (a new release can change hundreds of donors). */
const FIRST_ROWS = 25;

const bn = (value: number | null) => (value === null ? '–' : formatNumber(value, 2));
const signed = (value: number) =>
  `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatNumber(Math.abs(value), 2)}`;

/**
 * Totals by donor in the data in use now and after the import: only donors that change. `after`
 * comes from the worker that checked the file (null: a pledge list checked without rates).
 */
export function TotalsPreview({ kind, after }: { kind: DataSetKind; after: DonorTotal[] | null }) {
  const [showAll, setShowAll] = useState(false);
  const t = importText();
  const isKiel = kind === 'kiel';
  const fx = useFxRates();
  const pledges = usePledgeDataset({ enabled: !isKiel });
  const kiel = useKielDataExplorer({ enabled: isKiel });
  const preview = useMemo(() => {
    if (!fx.data || !after) return null;
    const rates = buildRateTable(fx.data);
    const before: DataSetPayload | null = isKiel
      ? kiel.data
        ? { kind: 'kiel', data: kiel.data }
        : null
      : pledges.data
        ? { kind: 'pledges', data: pledges.data }
        : null;
    if (!before) return null;
    const beforeTotals = payloadTotals(before, rates);
    const afterTotals = after;
    return {
      changes: compareTotals(beforeTotals, afterTotals),
      before: grandTotal(beforeTotals),
      after: grandTotal(afterTotals),
    };
  }, [after, fx.data, isKiel, kiel.data, pledges.data]);

  if (!after) {
    return <p>{t.previewNoRates}</p>;
  }
  if (fx.error || pledges.error || kiel.error) {
    return <p>{t.previewNoData}</p>;
  }
  if (!preview) return <p>{t.previewComputing}</p>;
  const shown = showAll ? preview.changes : preview.changes.slice(0, FIRST_ROWS);
  const unit = isKiel ? t.unitKiel : t.unitPledges;
  return (
    <div className="totals-preview">
      <h4>{t.previewTitle(unit)}</h4>
      <p>
        {t.allDonors(bn(preview.before), bn(preview.after), signed(preview.after - preview.before))}{' '}
        {preview.changes.length === 0 ? t.noChange : t.changes(preview.changes.length)}
      </p>
      {preview.changes.length > 0 && (
        <div
          className="totals-preview__scroll"
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrollable content must be reachable by keyboard (WCAG 2.1.1)
          tabIndex={0}
          role="region"
          aria-label={t.previewRegion}
        >
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t.colDonor}</th>
                <th scope="col">{t.colNow}</th>
                <th scope="col">{t.colAfter}</th>
                <th scope="col">{t.colChange}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.code}>
                  <th scope="row">
                    {row.name} ({row.code})
                  </th>
                  <td>{bn(row.before)}</td>
                  <td>{bn(row.after)}</td>
                  <td>{signed(row.change)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.changes.length > FIRST_ROWS && (
        <button
          type="button"
          className="button button--small"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? t.showFirst(FIRST_ROWS) : t.showAll(preview.changes.length)}
        </button>
      )}
    </div>
  );
}
