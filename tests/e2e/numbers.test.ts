// Table-driven checks of the number readers the e2e tests rely on (no browser needed).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseAmount, parseCompactEur } from './support/numbers.ts';

void describe('parseAmount', () => {
  const cases: [string, number][] = [
    ['1,234.5', 1234.5],
    ['32,536.4', 32536.4],
    ['86.0', 86],
    ['€1,234.5M', 1234.5],
    ['−12.0', -12],
    ['-0.5', -0.5],
    ['17,127.0Joint package total', 17127],
  ];
  for (const [text, expected] of cases) {
    void test(`${text} -> ${expected}`, () => assert.equal(parseAmount(text), expected));
  }
  for (const text of ['–', '', 'not summed']) {
    void test(`"${text}" -> NaN`, () => assert.ok(Number.isNaN(parseAmount(text))));
  }
});

void describe('parseCompactEur', () => {
  const cases: [string, { millions: number; tolerance: number } | null][] = [
    ['€32.5B', { millions: 32500, tolerance: 50 }],
    ['Total pledged€1.25Bconverted', { millions: 1250, tolerance: 5 }],
    ['€950M', { millions: 950, tolerance: 0.5 }],
    ['€12.5M', { millions: 12.5, tolerance: 0.05 }],
    ['€120B', { millions: 120000, tolerance: 500 }],
    ['€12K', { millions: 0.012, tolerance: 0.0005 }],
    ['USD 500M', null],
    ['1,5 Mrd. €', null],
  ];
  for (const [text, expected] of cases) {
    void test(`${text} -> ${JSON.stringify(expected)}`, () => {
      const result = parseCompactEur(text);
      if (expected === null) return assert.equal(result, null);
      assert.ok(result);
      assert.ok(Math.abs(result.millions - expected.millions) < 1e-9, `${result.millions}`);
      assert.ok(Math.abs(result.tolerance - expected.tolerance) < 1e-9, `${result.tolerance}`);
    });
  }
});
