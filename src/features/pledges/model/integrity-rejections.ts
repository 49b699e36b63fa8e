import type { Pledge, PledgeDataset } from '../api/pledge-schema';
import { checkPledgeIntegrity, type IntegrityProblem } from './integrity';
import type { RejectedPledgeRow } from './rejected-row';
import type { RowProblem } from './row-problem';

/** A row that passed the schema, with its position in the file. */
export interface IndexedPledge {
  index: number;
  pledge: Pledge;
}

/** The ids a row points to, with the field that holds each link. */
function linksOf(pledge: Pledge): { field: string; target: string }[] {
  const links: { field: string; target: string }[] = [];
  if (pledge.shareOf) links.push({ field: 'shareOf', target: pledge.shareOf });
  (pledge.spans ?? []).forEach((target, i) => links.push({ field: `spans[${i}]`, target }));
  if (pledge.includedIn) links.push({ field: 'includedIn', target: pledge.includedIn });
  return links;
}

/**
 * Leave out the rows that break the links between rows (checkPledgeIntegrity, without the FX
 * check: rates load separately), and every row that points to a row left out (here or by the
 * schema before: `leftOut`), saying which row it pointed to. A duplicate id keeps its first row.
 * Returns the rows kept (in file order) and the rows rejected here.
 */
export function rejectIntegrityProblems(
  rows: readonly IndexedPledge[],
  header: PledgeDataset['dataset'],
  leftOut: readonly RejectedPledgeRow[],
): { kept: IndexedPledge[]; rejected: RejectedPledgeRow[] } {
  let kept = [...rows];
  const rejected: RejectedPledgeRow[] = [];
  /** id -> the first row with that id that was left out (for "which was left out (row 7)"). */
  const leftOutRow = new Map<string, RejectedPledgeRow>();
  const noteLeftOut = (row: RejectedPledgeRow) => {
    if (row.id !== null && !leftOutRow.has(row.id)) leftOutRow.set(row.id, row);
  };
  leftOut.forEach(noteLeftOut);

  const reject = (reasons: ReadonlyMap<IndexedPledge, RowProblem[]>) => {
    for (const [row, problems] of reasons) {
      const entry = { index: row.index, id: row.pledge.id, problems };
      rejected.push(entry);
      noteLeftOut(entry);
    }
    kept = kept.filter((row) => !reasons.has(row));
  };

  for (;;) {
    rejectDanglingLinks();
    const problems = checkPledgeIntegrity(
      { dataset: header, pledges: kept.map((r) => r.pledge) },
      null,
    );
    if (problems.length === 0) break;
    // Duplicates first: other problems name rows by id, which is ambiguous until ids are unique.
    const reasons = problems.some((p) => p.field === 'id')
      ? duplicateReasons(kept)
      : reasonsById(kept, problems);
    if (reasons.size === 0) break;
    reject(reasons);
  }
  rejected.sort((a, b) => a.index - b.index);
  return { kept, rejected };

  /**
   * Reject rows pointing to an id that only rows left out have, following chains of such links
   * (a worklist: linear in the number of rows and links).
   */
  function rejectDanglingLinks() {
    const keptCount = new Map<string, number>();
    const referrers = new Map<string, IndexedPledge[]>();
    for (const row of kept) {
      keptCount.set(row.pledge.id, (keptCount.get(row.pledge.id) ?? 0) + 1);
      for (const { target } of linksOf(row.pledge)) {
        const list = referrers.get(target);
        if (list) list.push(row);
        else referrers.set(target, [row]);
      }
    }
    const gone = (id: string) => !keptCount.get(id) && leftOutRow.has(id);
    const queue = [...leftOutRow.keys()].filter(gone);
    const reasons = new Map<IndexedPledge, RowProblem[]>();
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      for (const row of referrers.get(id) ?? []) {
        if (reasons.has(row)) continue;
        const problems = linksOf(row.pledge).flatMap(({ field, target }): RowProblem[] => {
          const other = keptCount.get(target) ? undefined : leftOutRow.get(target);
          if (!other) return [];
          const ref = { index: other.index, id: other.id };
          return [
            { field, reason: { code: 'leftOutTarget', value: target, row: ref }, shown: null },
          ];
        });
        reasons.set(row, problems);
        noteLeftOut({ index: row.index, id: row.pledge.id, problems });
        const left = (keptCount.get(row.pledge.id) ?? 1) - 1;
        keptCount.set(row.pledge.id, left);
        if (left === 0) queue.push(row.pledge.id);
      }
    }
    if (reasons.size > 0) reject(reasons);
  }
}

/** Every row after the first with the same id. */
function duplicateReasons(kept: readonly IndexedPledge[]): Map<IndexedPledge, RowProblem[]> {
  const first = new Map<string, IndexedPledge>();
  const reasons = new Map<IndexedPledge, RowProblem[]>();
  for (const row of kept) {
    const earlier = first.get(row.pledge.id);
    if (earlier)
      reasons.set(row, [
        {
          field: 'id',
          reason: {
            code: 'alreadyUsed',
            value: row.pledge.id,
            row: { index: earlier.index, id: null },
          },
          shown: null,
        },
      ]);
    else first.set(row.pledge.id, row);
  }
  return reasons;
}

/** The rows the problems name (ids are unique here), each with its problems. */
function reasonsById(
  kept: readonly IndexedPledge[],
  problems: readonly IntegrityProblem[],
): Map<IndexedPledge, RowProblem[]> {
  const byId = new Map(kept.map((row) => [row.pledge.id, row]));
  const reasons = new Map<IndexedPledge, RowProblem[]>();
  for (const { id, field, reason } of problems) {
    const row = byId.get(id);
    if (!row) continue;
    reasons.set(row, [...(reasons.get(row) ?? []), { field, reason, shown: null }]);
  }
  return reasons;
}
