import { disputedFigure, type DisputedFigure } from './disputes';
import type { RateTable } from './convert';
import { JOINT_KEY } from './aggregate-by-donor';
import type { PledgeColumns } from './pledge-columns';
import type { PledgeSelection } from './pledge-view';

/**
 * Disputed figures by donor bar (donor code, or JOINT for joint remainders): every selected row
 * that adds to a bar and whose amount sources disagree on. `include` leaves rows out as the view
 * does (national donors only).
 */
export function donorDisputes(
  columns: PledgeColumns,
  selection: PledgeSelection,
  rates: RateTable,
  include: (row: number) => boolean = () => true,
): Map<string, DisputedFigure[]> {
  const byBar = new Map<string, DisputedFigure[]>();
  for (const row of selection.rowIndex) {
    const pledge = columns.rows[row];
    if (!pledge?.conflicts?.length || !include(row)) continue;
    if (!(selection.countedAt(row).countedEur > 0)) continue;
    const figure = disputedFigure(pledge, rates);
    if (!figure) continue;
    const bar = columns.bar[row] ?? -1;
    const key =
      bar >= 0 && bar < columns.donorCodes.length
        ? (columns.donorCodes[bar] ?? JOINT_KEY)
        : JOINT_KEY;
    byBar.set(key, [...(byBar.get(key) ?? []), figure]);
  }
  return byBar;
}
