import { donorName } from '@/lib/donors';
import type { CountedPledge } from './attribution';
import { STATUS_LABELS } from './labels';

export type SortKey = 'donor' | 'instrument' | 'amount' | 'eur' | 'counted' | 'date' | 'status';
export interface SortState {
  key: SortKey;
  direction: 'asc' | 'desc';
}

const value = (row: CountedPledge, key: SortKey): string | number => {
  switch (key) {
    case 'donor':
      return row.pledge.donors.map(donorName).join(' + ');
    case 'instrument':
      return row.pledge.instrument;
    case 'amount':
    case 'eur':
      return row.eur ?? -1;
    case 'counted':
      return row.countedEur;
    case 'date':
      return row.pledge.announced ?? '';
    case 'status':
      return STATUS_LABELS[row.pledge.status];
  }
};

const collator = new Intl.Collator('en');

/** Stable sort of table rows; ties broken by id. "amount" sorts by EUR value (currencies differ). */
export function sortPledgeRows(rows: readonly CountedPledge[], sort: SortState): CountedPledge[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a, sort.key);
    const vb = value(b, sort.key);
    const cmp =
      typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : collator.compare(String(va), String(vb));
    return cmp * sign || (a.pledge.id < b.pledge.id ? -1 : a.pledge.id > b.pledge.id ? 1 : 0);
  });
}
