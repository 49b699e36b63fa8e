import { donorName } from '@/lib/donors';
import type { CountedPledge } from './attribution';
import { getLocale, INTL_LOCALES, type Locale } from '@/lib/i18n/locale';
import { statusLabels } from './labels';

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
      return statusLabels()[row.pledge.status];
  }
};

/** One collator per language (German sorts "Österreich" with O). */
const collators = new Map<Locale, Intl.Collator>();
function collator(): Intl.Collator {
  const locale = getLocale();
  let found = collators.get(locale);
  if (!found) {
    found = new Intl.Collator(INTL_LOCALES[locale]);
    collators.set(locale, found);
  }
  return found;
}

/**
 * One number per row that orders rows as the key does: the value itself for amounts, or the rank
 * of the text among the distinct texts (collated once, not once per comparison).
 */
function sortKeys(rows: readonly CountedPledge[], key: SortKey): Float64Array {
  const keys = new Float64Array(rows.length);
  const texts: string[] = [];
  let numeric = true;
  rows.forEach((row, index) => {
    const v = value(row, key);
    if (typeof v === 'number') keys[index] = v;
    else {
      numeric = false;
      texts[index] = v;
    }
  });
  if (numeric) return keys;
  const distinct = [...new Set(texts)].sort(collator().compare);
  const rank = new Map(distinct.map((text, index) => [text, index]));
  texts.forEach((text, index) => {
    keys[index] = rank.get(text) ?? 0;
  });
  return keys;
}

/**
 * Stable order of table rows; ties broken by id. "amount" sorts by EUR value (currencies differ).
 * With `limit`, only the first `limit` rows of that order are returned, found without sorting
 * everything (a bounded heap): a table page of 100 out of 100,000 rows stays cheap.
 */
export function sortPledgeRows(
  rows: readonly CountedPledge[],
  sort: SortState,
  limit: number = Number.POSITIVE_INFINITY,
): CountedPledge[] {
  const before = rowComparator(rows, sort);
  const take = Math.max(0, Math.min(rows.length, Math.floor(limit)));
  const order =
    take * 4 < rows.length
      ? firstInOrder(rows.length, take, before)
      : allInOrder(rows.length, before);
  const result: CountedPledge[] = [];
  for (let i = 0; i < take; i += 1) {
    const row = rows[order[i] ?? 0];
    if (row) result.push(row);
  }
  return result;
}

/** Compares rows by index: by the sort key in its direction, ties by id (ascending either way). */
export function rowComparator(
  rows: readonly CountedPledge[],
  sort: SortState,
): (a: number, b: number) => number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keys = sortKeys(rows, sort.key);
  return (a, b) => {
    const cmp = ((keys[a] ?? 0) - (keys[b] ?? 0)) * sign;
    if (cmp !== 0) return cmp;
    const idA = rows[a]?.pledge.id ?? '';
    const idB = rows[b]?.pledge.id ?? '';
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  };
}

function allInOrder(count: number, compare: (a: number, b: number) => number): number[] {
  return Array.from({ length: count }, (_, index) => index).sort(compare);
}

/** The `take` smallest indices by `compare`, in order: a max-heap of size `take`. */
function firstInOrder(
  count: number,
  take: number,
  compare: (a: number, b: number) => number,
): number[] {
  if (take === 0) return [];
  const heap: number[] = [];
  const at = (i: number) => heap[i] ?? 0;
  const swap = (i: number, j: number) => {
    const t = at(i);
    heap[i] = at(j);
    heap[j] = t;
  };
  const siftUp = (start: number) => {
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (compare(at(i), at(parent)) <= 0) return;
      swap(i, parent);
      i = parent;
    }
  };
  const siftDown = () => {
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < heap.length && compare(at(left), at(largest)) > 0) largest = left;
      if (right < heap.length && compare(at(right), at(largest)) > 0) largest = right;
      if (largest === i) return;
      swap(i, largest);
      i = largest;
    }
  };
  for (let index = 0; index < count; index += 1) {
    if (heap.length < take) {
      heap.push(index);
      siftUp(heap.length - 1);
    } else if (compare(index, at(0)) < 0) {
      heap[0] = index;
      siftDown();
    }
  }
  return heap.sort(compare);
}
