import type { FxRates } from '@/lib/fx-schema';
import { buildRateTable, type PledgeDataset, parsePledgeRows } from '@/features/pledges';
import { payloadTotals, pledgeTotals } from '../model/donor-totals';
import {
  isUsable,
  type AddedSummary,
  type ImportAnalysis,
  type ImportSummary,
} from '../model/import-types';
import { addToBundled } from '../model/merge-pledges';

/**
 * The report without the rows, plus the file's totals by donor for the preview; for a pledge
 * list with the bundled pledges at hand, also its report checked as added to them (`asAdded`),
 * the totals after adding it (merged and checked again as the page will load it) and the bundled
 * lines that adding leaves out.
 */
export function summarise(
  analysis: ImportAnalysis,
  fx: FxRates | null,
  bundled: PledgeDataset | null = null,
): ImportSummary {
  const { payload, asAdded, ...report } = analysis;
  const usable = isUsable(analysis);
  const totals =
    usable && payload && (payload.kind === 'kiel' || fx)
      ? payloadTotals(payload, fx ? buildRateTable(fx) : new Map([['EUR', 1]]))
      : null;
  let added: AddedSummary | null = null;
  if (analysis.kind === 'pledges' && bundled) {
    // Checked against the bundled lines when the check had them, else the file alone.
    const check = asAdded ?? analysis;
    const addPayload = check.payload;
    const addReport = {
      fatal: check.fatal,
      accepted: check.accepted,
      rejected: check.rejected,
      warnings: check.warnings,
      notes: check.notes,
    };
    const addUsable = addReport.fatal.length === 0 && addPayload?.kind === 'pledges';
    const merged =
      addUsable && addPayload.kind === 'pledges'
        ? parsePledgeRows(
            addToBundled(bundled, addPayload.data.dataset, analysis.fileName),
            analysis.fileName,
          )
        : null;
    added = {
      ...addReport,
      usable: addUsable,
      pledgeIds:
        addUsable && addPayload.kind === 'pledges'
          ? addPayload.data.dataset.pledges.map((pledge) => pledge.id)
          : null,
      totals: merged && fx ? pledgeTotals(merged.dataset, buildRateTable(fx)) : null,
      leftOut: merged ? merged.rejected.flatMap((row) => (row.id ? [row.id] : [])) : [],
    };
  }
  const pledgeIds =
    usable && payload?.kind === 'pledges'
      ? payload.data.dataset.pledges.map((pledge) => pledge.id)
      : null;
  return { ...report, usable, totals, pledgeIds, added };
}
