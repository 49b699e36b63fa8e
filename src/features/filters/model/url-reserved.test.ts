// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { needsRewrite, withReservedParams } from './url-location';
import { parseUrlState, RESERVED_PARAMS } from './url-state';

const named = (search: string) =>
  parseUrlState(search).ignored.map(({ param, value, reason }) => `${param}=${value}: ${reason}`);

describe('repeated and bad parameters, every one of them', () => {
  it('a repeated filter parameter is named (the first value is used)', () => {
    expect(named('?donors=POL&donors=DEU')).toEqual([
      'donors=DEU: given more than once: the first one is used',
    ]);
  });

  it.each(RESERVED_PARAMS)('a repeated reserved parameter "%s" is named and cleaned', (name) => {
    const search = `?${name}=light&${name}=dark`;
    expect(named(search)).toContainEqual(
      `${name}=dark: given more than once: the first one is used`,
    );
    expect(needsRewrite(search, '')).toBe(true);
    expect(withReservedParams('', search)).toBe(`?${name}=light`);
  });

  it.each([
    ['neon', 'neon'],
    ['dark%00', 'dark'],
    ['DARK', 'DARK'],
  ])('theme=%s is named in the notice and dropped from the URL', (raw, shown) => {
    const search = `?theme=${raw}&lang=de`;
    const notes = named(search);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(new RegExp(`^theme=${shown}.*: expected light or dark or projector`));
    expect(needsRewrite(search, '')).toBe(true);
    expect(withReservedParams('?split=category', search)).toBe('?split=category&lang=de');
  });

  it('good reserved parameters are kept as they are, with no note', () => {
    const search = '?theme=projector&lang=de&page=financing';
    expect(named(search)).toEqual([]);
    expect(needsRewrite(search, '')).toBe(false);
  });
});
