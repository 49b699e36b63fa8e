/**
 * Helpers for the dictionary tests (app dictionary and the feature dictionaries kept next to their
 * features): every leaf with its path and kind, and a sample call of a message function.
 */
export interface DictionaryLeaf {
  path: string;
  kind: 'string' | 'function' | 'object';
  arity?: number;
  text?: string;
}

/** Every leaf of a dictionary with its path, kind and (for functions) number of parameters. */
export function dictionaryLeaves(value: unknown, path = ''): DictionaryLeaf[] {
  if (typeof value === 'string') return [{ path, kind: 'string', text: value }];
  if (typeof value === 'function') return [{ path, kind: 'function', arity: value.length }];
  if (value && typeof value === 'object') {
    return Object.keys(value)
      .sort()
      .flatMap((key) =>
        dictionaryLeaves((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key),
      );
  }
  return [{ path, kind: 'object' }];
}

/** The shape of a dictionary: paths, kinds and parameter counts (what both languages must share). */
export function dictionaryShape(value: unknown): Omit<DictionaryLeaf, 'text'>[] {
  return dictionaryLeaves(value).map(({ path, kind, arity }) => ({ path, kind, arity }));
}

/** The function at `path` in `dictionary`. */
export function messageAt(dictionary: unknown, path: string): (...args: never[]) => string {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], dictionary) as (
    ...args: never[]
  ) => string;
}

/** Calls a message function with sample arguments of both kinds (text and numbers). */
export function sampleCall(fn: (...args: never[]) => string, arity: number): string {
  const args = Array.from({ length: arity }, (_, i) => (i === 0 ? 2 : 'x')) as never[];
  const numeric = Array.from({ length: arity }, () => 3) as never[];
  return fn(...args) + fn(...numeric);
}

/** Paths of the string leaves whose German text equals the English (to be listed as intended). */
export function untranslated(en: unknown, de: unknown): string[] {
  const english = new Map(dictionaryLeaves(en).map((e) => [e.path, e.text]));
  return dictionaryLeaves(de)
    .filter((e) => e.kind === 'string' && e.text && e.text === english.get(e.path))
    .map((e) => e.path)
    .sort();
}
