import { useMemo, useState } from 'react';
import { ChartFrame } from '@/components/chart-frame';
import { formatCount, formatEurMillions, formatSourceDate } from '@/lib/format';
import type { PledgeColumns } from '../model/pledge-columns';
import type { PledgeView } from '../model/pledge-view';
import { tableText } from '../table-text';
import { countingExplanation } from './pledge-links';
import type { SortKey, SortState } from '../model/sort-pledges';
import { tablePage } from '../model/table-page';
import { PledgeTableRow } from './pledge-table-row';

interface PledgeTableProps {
  /** The filter's rows (counted, their rows in the columns, the total, undated rows left out). */
  view: PledgeView;
  /** The data set's columns: the table walks its rows in order to find a page. */
  columns: PledgeColumns;
  asOf: string;
  fxNote: string;
}

/** Lines drawn at first; the rest on request (a large imported file can have 100,000). */
const PAGE_SIZE = 100;

const COLUMNS: { key: SortKey; numeric?: boolean }[] = [
  { key: 'donor' },
  { key: 'instrument' },
  { key: 'amount', numeric: true },
  { key: 'eur', numeric: true },
  { key: 'counted', numeric: true },
  { key: 'date' },
  { key: 'status' },
];

/** Every pledge in the filter, sortable, with how it is counted and its sources. */
export function PledgeTable({ view, columns, asOf, fxNote }: PledgeTableProps) {
  const { undatedExcluded } = view;
  const lines = view.rowIndex.length;
  const text = tableText();
  const [sort, setSort] = useState<SortState>({ key: 'date', direction: 'desc' });
  const [limit, setLimit] = useState(PAGE_SIZE);
  // Only the rows on the page are found, from the data set's order for this sort.
  const rows = useMemo(() => tablePage(view, columns, sort, limit), [view, columns, sort, limit]);
  const totalCounted = view.headline.totalEur;

  const toggle = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: key === 'donor' || key === 'instrument' ? 'asc' : 'desc' },
    );

  const table = (
    <div className="table-scroll">
      <table className="data-table pledge-table">
        <caption>
          {rows.length < lines
            ? text.showing(formatCount(rows.length), formatCount(lines))
            : text.lines(formatCount(lines))}
          {text.captionRest}
          {undatedExcluded > 0 && text.undated(undatedExcluded)}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? 'num' : undefined}
                aria-sort={
                  sort.key === column.key
                    ? sort.direction === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                <button type="button" className="sort-button" onClick={() => toggle(column.key)}>
                  {text.columns[column.key]}
                  <span aria-hidden="true">
                    {sort.key === column.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">{text.sourceColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <PledgeTableRow
              key={row.pledge.id}
              pledge={row.pledge}
              eur={row.eur}
              countedEur={row.countedEur}
              explanation={countingExplanation(row)}
            />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{text.total}</th>
            <td />
            <td />
            <td className="num muted small">{text.notSummed}</td>
            <td className="num">{formatEurMillions(totalCounted)}</td>
            <td />
            <td />
            <td />
          </tr>
        </tfoot>
      </table>
      {rows.length < lines && (
        <div className="pledge-table__more">
          <button type="button" className="button" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
            {text.showMore(formatCount(Math.min(PAGE_SIZE, lines - rows.length)))}
          </button>
          <button type="button" className="button" onClick={() => setLimit(lines)}>
            {text.showAll(formatCount(lines))}
          </button>
        </div>
      )}
    </div>
  );

  return (
    <ChartFrame
      id="pledge-table"
      title={text.title}
      units={text.units}
      source={text.source}
      asOf={formatSourceDate(asOf)}
      notes={<p>{fxNote}</p>}
      table={table}
    />
  );
}
