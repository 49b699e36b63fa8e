// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EU27_CODES } from '@/lib/donors';
import { defaultCountry, membersParam, rateText, readCalculatorState } from './calculator-state';

const PARTICIPANTS = EU27_CODES.filter((code) => !['CZE', 'HUN', 'SVK'].includes(code));
const DEFAULTS = { ratePercent: 3.33, years: 7, participants: PARTICIPANTS };
const none = { rate: null, years: null, members: null, country: null };

describe('readCalculatorState', () => {
  it('absent parameters: the defaults, no messages', () => {
    const state = readCalculatorState(none, DEFAULTS, []);
    expect(state.rate).toEqual({ text: '3.33', value: 3.33, message: null });
    expect(state.years).toEqual({ text: '7', value: 7, message: null });
    expect(state.members.value).toEqual(PARTICIPANTS);
    expect(state.members.value).toHaveLength(24);
    expect(state.country).toEqual({ text: 'DEU', value: 'DEU', message: null });
    expect(state.countryFromHighlight).toBe(false);
  });

  it('valid parameters are used', () => {
    const state = readCalculatorState(
      { rate: '3,5', years: '10', members: 'FRA~DEU', country: 'FRA' },
      DEFAULTS,
      [],
    );
    expect(state.rate).toEqual({ text: '3,5', value: 3.5, message: null });
    expect(state.years.value).toBe(10);
    expect(state.members.value).toEqual(['DEU', 'FRA']);
    expect(state.country.value).toBe('FRA');
  });

  it('junk keeps its text, shows a message and computes with the default', () => {
    const state = readCalculatorState(
      { rate: 'abc', years: '-2', members: 'USA~XX', country: 'ZZZ' },
      DEFAULTS,
      [],
    );
    expect(state.rate).toMatchObject({ text: 'abc', value: 3.33 });
    expect(state.rate.message).toMatch(/not a number/);
    expect(state.years).toMatchObject({ text: '-2', value: 7 });
    expect(state.years.message).toMatch(/at least 1/);
    expect(state.members.value).toEqual(PARTICIPANTS);
    expect(state.members.selected).toEqual([]);
    expect(state.members.message).toMatch(/ignored: USA, XX.*default 24/);
    expect(state.country).toMatchObject({ text: 'ZZZ', value: 'DEU' });
    expect(state.country.message).toMatch(/not an EU member code/);
  });

  it('an empty member list (all cleared) uses the default for the outputs', () => {
    const state = readCalculatorState({ ...none, members: '' }, DEFAULTS, []);
    expect(state.members.selected).toEqual([]);
    expect(state.members.value).toHaveLength(24);
    expect(state.members.message).toMatch(/at least one/);
  });

  it('some unknown codes are dropped and named, the rest kept', () => {
    const state = readCalculatorState({ ...none, members: 'DEU~USA' }, DEFAULTS, []);
    expect(state.members.value).toEqual(['DEU']);
    expect(state.members.message).toMatch(/ignored: USA/);
  });

  it.each([
    [['POL'], 'POL', true],
    [['POL', 'NOR'], 'POL', true],
    [['POL', 'DEU'], 'DEU', false],
    [['NOR'], 'DEU', false],
    [[], 'DEU', false],
  ])('highlight %j -> default country %s', (highlight, country, fromHighlight) => {
    const state = readCalculatorState(none, DEFAULTS, highlight);
    expect(state.country.value).toBe(country);
    expect(state.countryFromHighlight).toBe(fromHighlight);
    expect(defaultCountry(highlight)).toBe(country);
  });

  it('the URL country wins over the highlight', () => {
    const state = readCalculatorState({ ...none, country: 'ITA' }, DEFAULTS, ['POL']);
    expect(state.country.value).toBe('ITA');
    expect(state.countryFromHighlight).toBe(false);
  });
});

describe('membersParam', () => {
  it('the default set is absent from the URL, in any order', () => {
    expect(membersParam([...PARTICIPANTS].reverse(), PARTICIPANTS)).toBeNull();
  });
  it('other sets are written in EU-27 order', () => {
    expect(membersParam(['FRA', 'AUT'], PARTICIPANTS)).toBe('AUT~FRA');
    expect(membersParam([], PARTICIPANTS)).toBe('');
    expect(membersParam(EU27_CODES, PARTICIPANTS)).toBe(EU27_CODES.join('~'));
  });
});

describe('rateText', () => {
  it.each([
    [3.33, '3.33'],
    [3.5, '3.5'],
    [1 / 3, '0.3333'],
  ])('%s -> %s', (value, text) => {
    expect(rateText(value)).toBe(text);
  });
});
