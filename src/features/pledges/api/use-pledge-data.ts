import { useMemo } from 'react';
import { buildRateTable, describeRates } from '../model/convert';
import { preparePledges, type PreparedPledges } from '../model/pledge-view';
import type { RejectedPledgeRow } from '../model/rejected-row';
import { useFxRates, usePledgeDataset } from './use-pledge-dataset';

export type PledgeDataState =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  | {
      status: 'success';
      prepared: PreparedPledges;
      fxNote: string;
      /** Rows of pledges.json left out (bad or pointing to a bad row); shown as a notice. */
      rejected: RejectedPledgeRow[];
    };

/** The pledge dataset (sound rows only) and the reference rates, validated and indexed once. */
export function usePledgeData(): PledgeDataState {
  const dataset = usePledgeDataset();
  const fx = useFxRates();
  const prepared = useMemo(
    () =>
      dataset.data && fx.data
        ? preparePledges(dataset.data.dataset, buildRateTable(fx.data))
        : null,
    [dataset.data, fx.data],
  );
  const error = dataset.error ?? fx.error;
  if (error) {
    return {
      status: 'error',
      error,
      retry: () => {
        if (dataset.error) void dataset.refetch();
        if (fx.error) void fx.refetch();
      },
    };
  }
  if (!prepared || !fx.data || !dataset.data) return { status: 'pending' };
  return {
    status: 'success',
    prepared,
    fxNote: describeRates(fx.data),
    rejected: dataset.data.rejected,
  };
}
