import { useSyncExternalStore } from 'react';
import { BUNDLED_ID, type DataSetKind } from './data-set-kind';

/**
 * Which data set is in use for each kind. Kept in this browser (localStorage), not in the URL:
 * a shared link must not point to data the recipient does not have.
 */
export type ActiveSelection = Readonly<Record<DataSetKind, string>>;

const KEY = 'ukraine-aid-dashboard:active-data-sets';
const EVENT = 'import:active-change';
const BUNDLED: ActiveSelection = { pledges: BUNDLED_ID, kiel: BUNDLED_ID };
const ID = /^(bundled|imp-[a-z0-9-]{4,64})$/;

let memory: string | null = null;
let cached: { raw: string | null; value: ActiveSelection } = { raw: null, value: BUNDLED };
/**
 * Sets this tab cannot find (kept for the session in another tab, or removed): this tab shows the
 * bundled data instead, without writing that to the shared selection, so that another tab's
 * choice is never dropped because of this one.
 */
let droppedHere = new Set<string>();

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return memory; // storage blocked (privacy settings): this tab only
  }
}

/** Parse what was stored; anything unexpected means the bundled data. */
export function parseSelection(raw: string | null): ActiveSelection {
  if (raw === null) return BUNDLED;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return BUNDLED;
    const pick = (kind: DataSetKind) => {
      const id = (value as Record<string, unknown>)[kind];
      return typeof id === 'string' && ID.test(id) ? id : BUNDLED_ID;
    };
    return { pledges: pick('pledges'), kiel: pick('kiel') };
  } catch {
    return BUNDLED;
  }
}

/** The current selection (same object until it changes: safe for useSyncExternalStore). */
export function getActiveSelection(): ActiveSelection {
  if (typeof window === 'undefined') return BUNDLED;
  const raw = readRaw();
  if (raw !== cached.raw) cached = { raw, value: withoutDropped(parseSelection(raw)) };
  return cached.value;
}

function withoutDropped(selection: ActiveSelection): ActiveSelection {
  const keep = (kind: DataSetKind) =>
    droppedHere.has(selection[kind]) ? BUNDLED_ID : selection[kind];
  return { pledges: keep('pledges'), kiel: keep('kiel') };
}

/** This tab falls back to the bundled data for a set it does not have (see droppedHere). */
export function dropInThisTab(id: string): void {
  droppedHere = new Set([...droppedHere, id]);
  cached = { raw: '(recompute)', value: BUNDLED };
  window.dispatchEvent(new Event(EVENT));
}

export function setActiveDataSet(kind: DataSetKind, id: string): void {
  droppedHere.delete(id);
  cached = { raw: '(recompute)', value: BUNDLED };
  // From the shared value: a set dropped only in this tab stays selected for the other tabs.
  const next = JSON.stringify({ ...parseSelection(readRaw()), [kind]: id });
  try {
    window.localStorage.setItem(KEY, next);
  } catch {
    memory = next;
  }
  window.dispatchEvent(new Event(EVENT));
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) onChange();
  };
  window.addEventListener(EVENT, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener('storage', onStorage);
  };
}

/** The selection as React state: re-renders when it changes (also in another tab). */
export function useActiveSelection(): ActiveSelection {
  return useSyncExternalStore(subscribe, getActiveSelection, () => BUNDLED);
}
