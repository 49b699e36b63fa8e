import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { dataSetQueries } from './data-set-queries';

const CHANNEL = 'ukraine-aid-dashboard:data-sets';

/** Tell the other tabs that the stored data sets changed (an import, a removal). */
export function announceDataSetChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/**
 * Keeps this tab's list of data sets in step with the other tabs: it is read again when another
 * tab stores or removes a set (BroadcastChannel) or changes the selection (storage event), so a
 * selection made elsewhere is never judged against a stale list.
 */
export function useDataSetSync(): void {
  const client = useQueryClient();
  useEffect(() => {
    const refresh = () => void client.invalidateQueries({ queryKey: dataSetQueries.all() });
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    if (channel) channel.onmessage = refresh;
    window.addEventListener('storage', refresh);
    return () => {
      channel?.close();
      window.removeEventListener('storage', refresh);
    };
  }, [client]);
}
