import type { Pledge } from '../api/pledge-schema';
import { disputedFigure, type DisputedFigure } from './disputes';
import type { RateTable } from './convert';
import { JOINT_KEY } from './aggregate-by-donor';
import type { PledgeColumns } from './pledge-columns';
import type { PledgeSelection } from './pledge-view';

const byIdCache = new WeakMap<PledgeColumns, Map<string, Pledge>>();
function pledgesById(columns: PledgeColumns): Map<string, Pledge> {
  let map = byIdCache.get(columns);
  if (!map) {
    map = new Map(columns.rows.map((pledge) => [pledge.id, pledge]));
    byIdCache.set(columns, map);
  }
  return map;
}

/** The pledge itself and the joint packages its money belongs to (as a share or spanning them). */
const relatedIds = (pledge: Pledge) => [
  pledge.id,
  ...(pledge.shareOf ? [pledge.shareOf] : []),
  ...(pledge.spans ?? []),
];

const disputedCache = new WeakMap<PledgeColumns, Map<number, Pledge[]>>();
/**
 * The rows related to a disputed pledge (itself, or a joint package it belongs to), with those
 * pledges: found once per data set, so that a filter change only looks at these rows.
 */
function disputedRows(columns: PledgeColumns): Map<number, Pledge[]> {
  let rows = disputedCache.get(columns);
  if (!rows) {
    const byId = pledgesById(columns);
    rows = new Map();
    for (const [row, pledge] of columns.rows.entries()) {
      const disputed = relatedIds(pledge)
        .map((id) => byId.get(id))
        .filter((related): related is Pledge => (related?.conflicts?.length ?? 0) > 0);
      if (disputed.length > 0) rows.set(row, disputed);
    }
    disputedCache.set(columns, rows);
  }
  return rows;
}

/**
 * Disputed figures by donor bar (donor code, or JOINT for joint remainders): a bar is marked when
 * a selected row adding to it is disputed, or is a share of (or spans) a joint package whose
 * amount sources disagree on: the bar holds money of that package. `include` leaves rows out as
 * the view does (national donors only).
 */
export function donorDisputes(
  columns: PledgeColumns,
  selection: PledgeSelection,
  rates: RateTable,
  include: (row: number) => boolean = () => true,
): Map<string, DisputedFigure[]> {
  const related = disputedRows(columns);
  const byBar = new Map<string, DisputedFigure[]>();
  // Far fewer rows are related to a dispute than are selected: walk those (in row order, which is
  // the selection's date order) and keep the selected ones.
  const selected = new Uint8Array(columns.rows.length);
  for (const row of selection.rowIndex) selected[row] = 1;
  const rows = [...related.keys()].filter((row) => selected[row] === 1);
  for (const row of rows) {
    const disputed = related.get(row);
    if (!disputed || !include(row)) continue;
    if (!(selection.countedAt(row).countedEur > 0)) continue;
    const bar = columns.bar[row] ?? -1;
    const key =
      bar >= 0 && bar < columns.donorCodes.length
        ? (columns.donorCodes[bar] ?? JOINT_KEY)
        : JOINT_KEY;
    const figures = byBar.get(key) ?? [];
    for (const related of disputed) {
      const figure = disputedFigure(related, rates);
      if (figure && !figures.some((known) => known.id === figure.id)) figures.push(figure);
    }
    byBar.set(key, figures);
  }
  return byBar;
}

/** Each disputed figure once, with the bars (donor codes or JOINT) that hold money of it. */
export function disputesWithBars(
  byBar: ReadonlyMap<string, readonly DisputedFigure[]>,
): { figure: DisputedFigure; bars: string[] }[] {
  const byId = new Map<string, { figure: DisputedFigure; bars: string[] }>();
  for (const [bar, figures] of byBar) {
    for (const figure of figures) {
      const entry = byId.get(figure.id) ?? { figure, bars: [] };
      entry.bars.push(bar);
      byId.set(figure.id, entry);
    }
  }
  return [...byId.values()];
}
