// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFinancingData } from './validate-financing';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(path.resolve(process.cwd(), 'public/data', name), 'utf8'));
const GOOD = read('financing.json');
const FX = read('fx-rates.json');

type Json = Record<string, unknown> & { needs: { estimates: Record<string, unknown>[] } };
function mutate(change: (doc: Json & Record<string, never>) => void): unknown {
  const copy = structuredClone(GOOD) as Json & Record<string, never>;
  change(copy);
  return copy;
}
// Helpers reaching into the copy (the shape is checked by the good-file test).
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any -- mutating a parsed JSON copy */
describe('validateFinancingData', () => {
  it('passes the bundled financing.json, with the rates file', () => {
    expect(validateFinancingData(GOOD, FX)).toEqual([]);
  });

  it.each([
    ['a missing asOf', (d: any) => delete d.asOf, /^asOf: /],
    [
      'a negative amount',
      (d: any) => (d.needs.estimates[0].amount = -5),
      /^needs\.estimates\[0\]\.amount: /,
    ],
    ['an unknown status', (d: any) => (d.coverage[0].status = 'hoped'), /^coverage\[0\]\.status: /],
    [
      'a javascript: source',
      (d: any) => (d.coverage[1].sources[0].url = 'javascript:alert(1)'),
      /^coverage\[1\]\.sources\[0\]\.url: /,
    ],
    [
      'an impossible date',
      (d: any) => (d.timeline[2].date = '2025-02-30'),
      /^timeline\[2\]\.date: /,
    ],
    ['no sources', (d: any) => (d.timeline[0].sources = []), /^timeline\[0\]\.sources: /],
    [
      'an unknown reliability',
      (d: any) => (d.coverage[0].sources[0].reliability = 'great'),
      /^coverage\[0\]\.sources\[0\]\.reliability: /,
    ],
    [
      'an unknown currency',
      (d: any) => (d.coverage[0].currency = 'XYZ'),
      /^coverage\[0\]\.currency: /,
    ],
  ])('names the field of %s', (_, change, pattern) => {
    const problems = validateFinancingData(mutate(change), FX);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => pattern.test(p))).toBe(true);
  });

  it.each([
    [
      'breakdown not adding up',
      (d: any) => (d.needs.estimates[0].breakdown[1].amount = 55.2e9),
      'needs.estimates[0].breakdown: parts add up to 138600000000, not to the amount 135700000000',
    ],
    [
      'unknown default estimate',
      (d: any) => (d.needs.defaultEstimate = 'nope'),
      'needs.defaultEstimate: "nope" is not the id of an estimate',
    ],
    [
      'duplicate ids',
      (d: any) => (d.coverage[1].id = d.coverage[0].id),
      'coverage: id "eu-support-loan" is used more than once',
    ],
    [
      'coverage parts above the amount',
      (d: any) => (d.coverage[0].parts[0].amount = 80e9),
      'coverage[0].parts: parts add up to more than the amount 90000000000',
    ],
    [
      'paid tranches above the amount',
      (d: any) => (d.coverage[1].tranches[0].amount = 9e9),
      'coverage[1].tranches: paid tranches (9000000000) exceed the amount 8100000000',
    ],
    [
      'tranche in another currency',
      (d: any) => (d.coverage[1].tranches[0].currency = 'EUR'),
      "coverage[1].tranches[0].currency: EUR differs from the item's USD",
    ],
    [
      'tranche parts not adding up',
      (d: any) => (d.coverage[0].tranches[0].parts[0].amount = 1e9),
      'coverage[0].tranches[0].parts: parts do not add up to the tranche amount 9100000000',
    ],
    [
      'timeline out of order',
      (d: any) => (d.timeline[1].date = '2025-11-01'),
      'timeline[1].date: 2025-11-01 comes before the previous event (2025-12-03); keep the timeline in date order',
    ],
    [
      'conflict on a missing part',
      (d: any) => (d.needs.estimates[1].conflicts[0].field = 'breakdown.budget'),
      'needs.estimates[1].conflicts[0].field: the estimate has no breakdown part "budget"',
    ],
  ])('checks the arithmetic: %s', (_, change, message) => {
    expect(validateFinancingData(mutate(change), FX)).toContain(message);
  });

  it('names a currency without a rate in fx-rates.json', () => {
    const fx = structuredClone(FX) as { rates: { currency: string }[] };
    fx.rates = fx.rates.filter((r) => r.currency !== 'NOK');
    const nok = (GOOD as { coverage: { currency: string }[] }).coverage.findIndex(
      (c) => c.currency === 'NOK',
    );
    expect(validateFinancingData(GOOD, fx)).toEqual([
      `coverage[${nok}].currency: no rate for NOK in fx-rates.json`,
    ]);
  });

  it('rejects a non-object and a broken rates file', () => {
    expect(validateFinancingData('nope')).toEqual(['(root): Invalid input']);
    expect(validateFinancingData(GOOD, { rates: 1 })).toEqual([
      'fx-rates.json: not a valid rates file, currencies not checked',
    ]);
  });
});
