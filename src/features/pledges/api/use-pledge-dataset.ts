import { useQuery } from '@tanstack/react-query';
import { useActiveSelection } from '@/lib/data-sets/active-selection';
import type { ParsedPledgeFile } from '../model/parse-pledge-rows';
import { pledgeQueries } from './pledge-queries';

interface DatasetOptions<Data> {
  /** Derive from the parse (a stable function: TanStack Query keeps the result until it changes). */
  select?: (parse: ParsedPledgeFile) => Data;
  enabled?: boolean;
}

/**
 * The pledge data set in use (pledges.json or the imported set this browser selected). Subscribes
 * to the selection: a component using it re-renders when the selection changes.
 */
export function usePledgeDataset<Data = ParsedPledgeFile>({
  select,
  enabled = true,
}: DatasetOptions<Data> = {}) {
  const { pledges } = useActiveSelection();
  return useQuery({ ...pledgeQueries.dataset(pledges), select, enabled });
}

/** The reference exchange rates (fx-rates.json). */
export function useFxRates(enabled = true) {
  return useQuery({ ...pledgeQueries.fxRates(), enabled });
}
