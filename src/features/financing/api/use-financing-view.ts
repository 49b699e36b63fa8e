import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { buildRateTable, pledgeQueries } from '@/features/pledges';
import type { FxRates } from '@/lib/fx-schema';
import { coverageLines, type CoverageLine } from '../model/coverage-lines';
import { estimateLabel } from '../model/estimate-label';
import { chooseEstimate, type EstimateChoice } from '../model/estimate-param';
import { fundingGapModel, type FundingGapModel } from '../model/funding-gap';
import type { FinancingData } from './financing-schema';
import { financingQueries } from './financing-queries';

export interface FundingGapView {
  data: FinancingData;
  fx: FxRates;
  choice: EstimateChoice;
  lines: CoverageLine[];
  model: FundingGapModel;
}

export type FundingGapState =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'success'; view: FundingGapView };

/** financing.json and the reference rates, turned into the gap for the estimate in the URL. */
export function useFundingGapView(needParam: string | null): FundingGapState {
  const financing = useQuery(financingQueries.data());
  const fxQuery = useQuery(pledgeQueries.fxRates());
  const data = financing.data;
  const fx = fxQuery.data;
  const base = useMemo(
    () =>
      data && fx
        ? { rates: buildRateTable(fx), lines: coverageLines(data.coverage, buildRateTable(fx)) }
        : null,
    [data, fx],
  );
  const view = useMemo((): FundingGapView | null => {
    if (!data || !fx || !base) return null;
    const choice = chooseEstimate(data.needs.estimates, data.needs.defaultEstimate, needParam);
    return {
      data,
      fx,
      choice,
      lines: base.lines,
      model: fundingGapModel(
        data,
        choice.estimate,
        base.lines,
        base.rates,
        estimateLabel(choice.estimate),
      ),
    };
  }, [data, fx, base, needParam]);
  const error = financing.error ?? fxQuery.error;
  if (error) {
    return {
      status: 'error',
      error,
      retry: () => {
        if (financing.error) void financing.refetch();
        if (fxQuery.error) void fxQuery.refetch();
      },
    };
  }
  return view ? { status: 'success', view } : { status: 'pending' };
}
