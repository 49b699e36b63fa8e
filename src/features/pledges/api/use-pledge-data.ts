import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { buildRateTable, describeRates } from '../model/convert';
import { preparePledges, type PreparedPledges } from '../model/pledge-view';
import { pledgeQueries } from './pledge-queries';

export type PledgeDataState =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'success'; prepared: PreparedPledges; fxNote: string };

/** The pledge dataset and the reference rates, validated and indexed once. */
export function usePledgeData(): PledgeDataState {
  const dataset = useQuery(pledgeQueries.dataset());
  const fx = useQuery(pledgeQueries.fxRates());
  const prepared = useMemo(
    () => (dataset.data && fx.data ? preparePledges(dataset.data, buildRateTable(fx.data)) : null),
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
  if (!prepared || !fx.data) return { status: 'pending' };
  return { status: 'success', prepared, fxNote: describeRates(fx.data) };
}
