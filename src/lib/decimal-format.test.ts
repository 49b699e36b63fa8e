// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DECIMAL_SYMBOLS, formatDecimalNumber } from './decimal-format';
import { INTL_LOCALES, type Locale } from './i18n/locale';

const LOCALES: Locale[] = ['en', 'de'];
const DIGITS: [number, number][] = [];
for (let max = 0; max <= 4; max += 1)
  for (let min = 0; min <= max; min += 1) DIGITS.push([min, max]);

/** A fixed pseudo-random sequence (mulberry32), so that a failure can be repeated. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values that test rounding: halves in binary and decimal, carries, tiny, huge and signed zeros. */
const EDGES = [
  0,
  -0,
  0.5,
  1.5,
  2.5,
  -0.5,
  -2.5,
  0.05,
  0.15,
  0.25,
  0.35,
  1.005,
  2.675,
  1.45,
  8.345,
  0.125,
  0.375,
  9.995,
  99.995,
  999.5,
  9999.5,
  0.00049,
  0.0005,
  -0.0005,
  -0.001,
  1e-7,
  -1e-7,
  5e-324,
  0.1 + 0.2,
  1 / 3,
  2 / 3,
  123456789.125,
  1234.5,
  999999.999,
  1e15,
  1e21,
  1.5e21,
  123e20,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  500e6 / 1e6,
  1.5e9 / 1e9,
  NaN,
  Infinity,
  -Infinity,
];

function values(): number[] {
  const next = random(29);
  const out = [...EDGES];
  for (let i = 0; i < 3000; i += 1) {
    const magnitude = 10 ** Math.floor(next() * 26 - 8);
    const value = next() * magnitude * (next() < 0.3 ? -1 : 1);
    out.push(value);
    // Values with few decimals, as amounts have (the halves are where rounding differs).
    out.push(Math.round(value * 1000) / 1000, Math.round(value * 10) / 10 + 0.05);
  }
  return out;
}

describe('formatDecimalNumber', () => {
  const all = values();
  for (const locale of LOCALES) {
    it(`writes what Intl.NumberFormat(${INTL_LOCALES[locale]}) writes, for ${all.length} values and every digits pair`, () => {
      const mismatches: string[] = [];
      for (const [min, max] of DIGITS) {
        const intl = new Intl.NumberFormat(INTL_LOCALES[locale], {
          minimumFractionDigits: min,
          maximumFractionDigits: max,
        });
        for (const value of all) {
          const expected = intl.format(value);
          const actual = formatDecimalNumber(value, min, max, DECIMAL_SYMBOLS[locale]);
          if (actual !== expected)
            mismatches.push(`${value} (${min}-${max}): ${actual} ≠ ${expected}`);
        }
      }
      expect(mismatches.slice(0, 10)).toEqual([]);
    });
  }

  it('rounds half away from zero on the shortest decimal, as Intl does', () => {
    const en = DECIMAL_SYMBOLS.en;
    expect(formatDecimalNumber(1.005, 0, 2, en)).toBe('1.01');
    expect(formatDecimalNumber(2.675, 2, 2, en)).toBe('2.68');
    expect(formatDecimalNumber(-2.5, 0, 0, en)).toBe('-3');
    expect(formatDecimalNumber(9999.5, 0, 0, DECIMAL_SYMBOLS.de)).toBe('10.000');
    expect(formatDecimalNumber(-0.001, 0, 0, en)).toBe('-0');
    expect(formatDecimalNumber(1234567.5, 1, 1, DECIMAL_SYMBOLS.de)).toBe('1.234.567,5');
  });
});
