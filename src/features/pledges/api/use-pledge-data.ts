import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useActiveSelection } from '@/lib/data-sets/active-selection';
import { buildRateTable, describeRates } from '../model/convert';
import { preparePledges, type PreparedPledges } from '../model/pledge-view';
import type { RejectedPledgeRow } from '../model/rejected-row';
import { pledgeQueries } from './pledge-queries';

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
  // Subscribing here also re-renders the views below when the Kiel data set in use changes.
  const active = useActiveSelection();
  const dataset = useQuery(pledgeQueries.dataset(active.pledges));
  const fx = useQuery(pledgeQueries.fxRates());
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
