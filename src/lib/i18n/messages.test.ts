import { describe, expect, it } from 'vitest';
import { de } from './messages-de';
import { en } from './messages-en';
import { messages } from './messages';

type Entry = {
  path: string;
  kind: 'string' | 'function' | 'object';
  arity?: number;
  text?: string;
};

/** Every leaf of a dictionary with its path, kind and (for functions) number of parameters. */
function leaves(value: unknown, path = ''): Entry[] {
  if (typeof value === 'string') return [{ path, kind: 'string', text: value }];
  if (typeof value === 'function') return [{ path, kind: 'function', arity: value.length }];
  if (value && typeof value === 'object') {
    return Object.keys(value)
      .sort()
      .flatMap((key) =>
        leaves((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key),
      );
  }
  return [{ path, kind: 'object' }];
}

/** Call a message function with sample arguments of the right kind (numbers where expected). */
function sample(fn: (...args: never[]) => string, arity: number): string {
  const args = Array.from({ length: arity }, (_, i) => (i === 0 ? 2 : 'x')) as never[];
  const numeric = Array.from({ length: arity }, () => 3) as never[];
  const text = fn(...args);
  return text + fn(...numeric);
}

const enLeaves = leaves(en);
const deLeaves = leaves(de);

describe('dictionaries', () => {
  it('German has exactly the English keys, with the same kind and parameters', () => {
    expect(deLeaves.map(({ path, kind, arity }) => ({ path, kind, arity }))).toEqual(
      enLeaves.map(({ path, kind, arity }) => ({ path, kind, arity })),
    );
  });

  // Only the "exact" qualifier is meant to be empty (no word before the amount).
  const allowedEmpty = new Set(['labels.qualifiers.exact']);
  it.each([
    ['en', enLeaves],
    ['de', deLeaves],
  ])('%s: no empty text', (_locale, entries) => {
    const empty = entries.filter(
      (e) => e.kind === 'string' && !e.text?.trim() && !allowedEmpty.has(e.path),
    );
    expect(empty.map((e) => e.path)).toEqual([]);
  });

  it('German text is translated (differs from English) except names, codes and shared words', () => {
    const same = deLeaves
      .filter(
        (e) =>
          e.kind === 'string' && e.text && e.text === enLeaves.find((x) => x.path === e.path)?.text,
      )
      .map((e) => e.path);
    expect(same.sort()).toEqual(
      [
        'filters.instrument',
        'filters.presetLabels.eu27',
        'filters.presetLabels.g7',
        'labels.instruments.purl',
        'language.label',
        'language.names.de',
        'language.names.en',
        'language.short.de',
        'language.short.en',
        'table.columns.instrument',
        'table.columns.status',
        'table.details',
      ].sort(),
    );
  });

  it('every message function returns non-empty text in both languages', () => {
    for (const [dictionary, entries] of [
      [en, enLeaves],
      [de, deLeaves],
    ] as const) {
      for (const entry of entries.filter((e) => e.kind === 'function')) {
        const fn = entry.path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], dictionary);
        expect(sample(fn as (...args: never[]) => string, entry.arity ?? 0).trim()).not.toBe('');
      }
    }
  });

  it('messages() picks the dictionary of a locale', () => {
    expect(messages('de').frame.showTable).toBe('Datentabelle anzeigen');
    expect(messages('en').frame.showTable).toBe('Show data table');
    expect(messages('de').frame.asOf('3. Dez. 2025')).toBe('Stand: 3. Dez. 2025.');
  });
});
