import type { FxRates } from '@/lib/fx-schema';
import { buildRateTable, type PledgeDataset, parsePledgeRows } from '@/features/pledges';
import { payloadTotals, pledgeTotals } from '../model/donor-totals';
import { isUsable, type ImportAnalysis, type ImportSummary } from '../model/import-types';
import { addToBundled } from '../model/merge-pledges';

/**
 * The report without the rows, plus the file's totals by donor for the preview; for a pledge
 * list with the bundled pledges at hand, also the totals after adding it to them (merged and
 * checked again as the page will load it) and the bundled lines that adding leaves out.
 */
export function summarise(
  analysis: ImportAnalysis,
  fx: FxRates | null,
  bundled: PledgeDataset | null = null,
): ImportSummary {
  const { payload, ...report } = analysis;
  const usable = isUsable(analysis);
  const totals =
    usable && payload && (payload.kind === 'kiel' || fx)
      ? payloadTotals(payload, fx ? buildRateTable(fx) : new Map([['EUR', 1]]))
      : null;
  let added: ImportSummary['added'] = null;
  if (usable && payload?.kind === 'pledges' && bundled) {
    const merged = parsePledgeRows(
      addToBundled(bundled, payload.data.dataset, analysis.fileName),
      analysis.fileName,
    );
    added = {
      totals: fx ? pledgeTotals(merged.dataset, buildRateTable(fx)) : null,
      leftOut: merged.rejected.flatMap((row) => (row.id ? [row.id] : [])),
    };
  }
  const pledgeIds =
    usable && payload?.kind === 'pledges'
      ? payload.data.dataset.pledges.map((pledge) => pledge.id)
      : null;
  return { ...report, usable, totals, pledgeIds, added };
}
