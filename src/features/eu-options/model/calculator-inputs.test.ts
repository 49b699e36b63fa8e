// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  parseCountry,
  parseMembers,
  parseRate,
  parseYears,
  readDecimal,
} from './calculator-inputs';

describe('readDecimal', () => {
  it.each([
    ['3.5', 3.5],
    ['3,5', 3.5],
    [' 3.5 % ', 3.5],
    ['4%', 4],
    ['.5', 0.5],
    [',75', 0.75],
    ['0', 0],
    ['-1', -1],
    ['+2', 2],
    ['3.', 3],
  ])('%j -> %s', (raw, expected) => {
    expect(readDecimal(raw)).toBe(expected);
  });
  it.each(['', 'abc', '1e3', '3.5.1', '3,5,1', 'NaN', 'Infinity', '0x10', '3 5', '--1', '%'])(
    '%j is not a number',
    (raw) => {
      expect(readDecimal(raw)).toBeNull();
    },
  );
});

describe('parseRate', () => {
  it.each([
    ['3.33', 3.33],
    ['3,5', 3.5],
    ['0', 0],
    ['20', 20],
    ['20,0 %', 20],
  ])('accepts %j as %s %%', (raw, value) => {
    expect(parseRate(raw)).toEqual({ ok: true, value });
  });
  it.each([
    ['', /Enter an interest rate/],
    ['   ', /Enter an interest rate/],
    ['-1', /cannot be negative/],
    ['20.01', /at most 20 %/],
    ['1e3', /not a number/],
    ['abc', /“abc” is not a number/],
    ['9999999999999999999999', /at most 20 %/],
  ])('rejects %j with a message', (raw, message) => {
    const parsed = parseRate(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('parseYears', () => {
  it.each([
    ['1', 1],
    ['7', 7],
    [' 50 ', 50],
    ['10.0', 10],
  ])('accepts %j', (raw, value) => {
    expect(parseYears(raw)).toEqual({ ok: true, value });
  });
  it.each([
    ['', /Enter a number of years/],
    ['0', /at least 1/],
    ['-3', /at least 1/],
    ['51', /at most 50/],
    ['7.5', /whole number/],
    ['seven', /not a number/],
  ])('rejects %j', (raw, message) => {
    const parsed = parseYears(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('parseMembers', () => {
  it('keeps EU-27 order and drops repeats', () => {
    expect(parseMembers('FRA~DEU~fra')).toEqual({ ok: true, value: ['DEU', 'FRA'], ignored: [] });
  });
  it('drops and names codes that are not EU members', () => {
    expect(parseMembers('DEU~USA~XX~NOR')).toEqual({
      ok: true,
      value: ['DEU'],
      ignored: ['USA', 'XX', 'NOR'],
    });
  });
  it.each(['', '~~', 'USA~GBR', '<script>'])('%j leaves no member: an error', (raw) => {
    const parsed = parseMembers(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/at least one participating member state/);
  });
});

describe('parseCountry', () => {
  it.each([
    ['DEU', 'DEU'],
    ['hun', 'HUN'],
    [' BEL ', 'BEL'],
  ])('accepts %j', (raw, value) => {
    expect(parseCountry(raw)).toEqual({ ok: true, value });
  });
  it.each([
    ['', /Choose a country/],
    ['USA', /not an EU member code/],
    ['EU', /not an EU member code/],
    ['Germany', /not an EU member code/],
  ])('rejects %j', (raw, message) => {
    const parsed = parseCountry(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
