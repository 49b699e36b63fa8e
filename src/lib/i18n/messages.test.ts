// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { de } from './messages-de';
import { en } from './messages-en';
import { dictionaryLeaves as leaves, messageAt, sampleCall as sample } from './dictionary-leaves';
import { messages } from './messages';

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
      ].sort(),
    );
  });

  it('every message function returns non-empty text in both languages', () => {
    for (const [dictionary, entries] of [
      [en, enLeaves],
      [de, deLeaves],
    ] as const) {
      for (const entry of entries.filter((e) => e.kind === 'function')) {
        expect(sample(messageAt(dictionary, entry.path), entry.arity ?? 0).trim()).not.toBe('');
      }
    }
  });

  it('feature text that only a lazy view needs is not in the app dictionary', () => {
    expect(Object.keys(en)).not.toContain('financing');
    expect(Object.keys(en)).not.toContain('euOptions');
    // kiel-text.ts, purl-chart-text.ts and table-text.ts: only the lazy charts and table read them.
    for (const section of ['kiel', 'kielRows', 'purl', 'table']) {
      expect(Object.keys(en)).not.toContain(section);
      expect(Object.keys(de)).not.toContain(section);
    }
  });

  it('messages() picks the dictionary of a locale', () => {
    expect(messages('de').frame.showTable).toBe('Datentabelle anzeigen');
    expect(messages('en').frame.showTable).toBe('Show data table');
    expect(messages('de').frame.asOf('3. Dez. 2025')).toBe('Stand: 3. Dez. 2025.');
  });
});
