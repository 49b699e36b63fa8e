// @vitest-environment node
import { parseDecimal, sumsMatch, toPeriod } from './kiel-table';

describe('parseDecimal', () => {
  it.each<[string, boolean, number]>([
    ['0.002645', false, 0.002645],
    [' 12 ', false, 12],
    ['-0.6', false, -0.6],
    ['1e-6', false, 1e-6],
    ['.5', false, 0.5],
    ['5.', false, 5],
    ['1,5', true, 1.5],
    ['1,5', false, Number.NaN],
    ['1.234,5', true, Number.NaN],
    ['', false, Number.NaN],
    ['0x10', false, Number.NaN],
    ['Infinity', false, Number.NaN],
    ['NA', false, Number.NaN],
    ['1 000', false, Number.NaN],
  ])('%j (decimal comma %s) -> %d', (cell, decimalComma, expected) => {
    expect(parseDecimal(cell, decimalComma)).toBe(expected);
  });
});

describe('sumsMatch', () => {
  it.each([
    { total: 0.142911, parts: 0.0653 + 0.077611, expected: true },
    { total: 1, parts: 1.000001, expected: true },
    { total: 1, parts: 1.00001, expected: false },
    { total: 1e6, parts: 1e6 + 0.5, expected: true },
    { total: 1e6, parts: 1e6 + 2, expected: false },
  ])('$total vs $parts -> $expected', ({ total, parts, expected }) => {
    expect(sumsMatch(total, parts)).toBe(expected);
  });
});

describe('toPeriod', () => {
  it.each([
    [2022, 1, '2022-01'],
    [2025, 12, '2025-12'],
  ])('%i, %i -> %s', (year, month, expected) => {
    expect(toPeriod(year, month)).toBe(expected);
  });
});
