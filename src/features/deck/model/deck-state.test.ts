// @vitest-environment node
import { applyDeckAction, deckAction } from './deck-keys';
import { clampSlide, deckParams, parseDeck, parseDeckIds } from './deck-state';

const KNOWN = ['pledges-by-donor', 'purl-timeline', 'kiel-allocations', 'kiel-monthly'];
const DEFAULTS = KNOWN;

describe('parseDeck', () => {
  it.each([
    ['', null],
    ['?donors=POL', null],
    [
      '?deck=purl-timeline~kiel-monthly&slide=2',
      { ids: ['purl-timeline', 'kiel-monthly'], slide: 2 },
    ],
    ['?deck=purl-timeline', { ids: ['purl-timeline'], slide: 1 }],
    ['?deck=purl-timeline~junk~purl-timeline&slide=9', { ids: ['purl-timeline'], slide: 1 }],
    ['?deck=&slide=3', { ids: DEFAULTS, slide: 3 }],
    ['?deck=nothing&slide=-4', { ids: DEFAULTS, slide: 1 }],
    [
      '?deck=kiel-monthly~pledges-by-donor&slide=abc',
      { ids: ['kiel-monthly', 'pledges-by-donor'], slide: 1 },
    ],
  ])('%s', (search, expected) => {
    expect(parseDeck(search, KNOWN, DEFAULTS)).toEqual(expected);
  });

  it('round-trips through deckParams', () => {
    const state = { ids: ['kiel-monthly', 'purl-timeline'], slide: 2 };
    const params = new URLSearchParams(deckParams(state));
    expect(parseDeck(`?${params.toString()}`, KNOWN, DEFAULTS)).toEqual(state);
  });

  it.each([
    ['a~b~a', ['a', 'b']],
    ['', []],
    ['c', []],
  ])('parseDeckIds(%s)', (value, ids) => {
    expect(parseDeckIds(value, ['a', 'b'])).toEqual(ids);
  });

  it.each([
    [0, 4, 1],
    [5, 4, 4],
    [2.7, 4, 2],
    [NaN, 4, 1],
    [3, 0, 1],
  ])('clampSlide(%f, %i) = %i', (slide, count, expected) => {
    expect(clampSlide(slide, count)).toBe(expected);
  });
});

describe('deck keys', () => {
  const key = (
    k: string,
    mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {},
  ) =>
    deckAction({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });
  it.each([
    ['ArrowRight', {}, 'next'],
    ['PageDown', {}, 'next'],
    [' ', {}, 'next'],
    [' ', { shiftKey: true }, 'previous'],
    ['ArrowLeft', {}, 'previous'],
    ['PageUp', {}, 'previous'],
    ['Home', {}, 'first'],
    ['End', {}, 'last'],
    ['Escape', {}, 'close'],
    ['n', {}, 'notes'],
    ['N', { shiftKey: true }, 'notes'],
    ['n', { ctrlKey: true }, null],
    ['ArrowRight', { altKey: true }, null],
    ['p', { ctrlKey: true }, null],
    ['Tab', {}, null],
    ['Enter', {}, null],
  ] as const)('%j %j -> %s', (k, mods, expected) => {
    expect(key(k, mods)).toBe(expected);
  });

  it.each([
    ['next', 1, 4, 2],
    ['next', 4, 4, 4],
    ['previous', 1, 4, 1],
    ['previous', 3, 4, 2],
    ['first', 3, 4, 1],
    ['last', 1, 4, 4],
    ['close', 2, 4, null],
    ['last', 1, 0, 1],
    ['notes', 3, 4, 3],
  ] as const)('%s from %i of %i -> %s', (action, slide, count, expected) => {
    expect(applyDeckAction(action, slide, count)).toBe(expected);
  });
});
