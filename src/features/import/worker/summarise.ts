import type { FxRates } from '@/lib/fx-schema';
import { buildRateTable } from '@/features/pledges';
import { payloadTotals } from '../model/donor-totals';
import { isUsable, type ImportAnalysis, type ImportSummary } from '../model/import-types';

/** The report without the rows, plus the file's totals by donor for the preview. */
export function summarise(analysis: ImportAnalysis, fx: FxRates | null): ImportSummary {
  const { payload, ...report } = analysis;
  const usable = isUsable(analysis);
  const totals =
    usable && payload && (payload.kind === 'kiel' || fx)
      ? payloadTotals(payload, fx ? buildRateTable(fx) : new Map([['EUR', 1]]))
      : null;
  return { ...report, usable, totals };
}
