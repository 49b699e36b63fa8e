import { describe, expect, it } from 'vitest';
import type { NeedEstimate } from '../api/financing-schema';
import { chooseEstimate, needParamValue } from './estimate-param';

const make = (id: string): NeedEstimate => ({
  id,
  label: id,
  shortLabel: id,
  amount: 1,
  currency: 'EUR',
  qualifier: 'exact',
  period: '2026-2027',
  window: { from: '2026-01', to: '2027-12' },
  statedBy: 's',
  basis: 'b',
  sources: [{ title: 't', url: 'https://example.org', date: null }],
});
const ESTIMATES = [make('commission'), make('imf-135'), make('news-100')];

describe('chooseEstimate', () => {
  it.each([
    [null, 'commission', null],
    ['', 'commission', null],
    ['   ', 'commission', null],
    ['imf-135', 'imf-135', null],
    ['IMF-135', 'imf-135', null],
    ['news-100', 'news-100', null],
    ['junk', 'commission', 'junk'],
    ['<script>', 'commission', '<script>'],
    ['x'.repeat(80), 'commission', 'x'.repeat(60)],
  ])('%j -> %s (unrecognised %j)', (value, id, unrecognised) => {
    const choice = chooseEstimate(ESTIMATES, 'commission', value);
    expect(choice.estimate.id).toBe(id);
    expect(choice.unrecognised).toBe(unrecognised);
  });
  it('falls back to the first estimate when the default id is missing', () => {
    expect(chooseEstimate(ESTIMATES, 'gone', null).estimate.id).toBe('commission');
  });
  it('throws without estimates', () => {
    expect(() => chooseEstimate([], 'x', null)).toThrow(/no need estimate/);
  });
});

describe('needParamValue', () => {
  it.each([
    ['commission', null],
    ['imf-135', 'imf-135'],
  ])('%s -> %j', (id, expected) => {
    expect(needParamValue(id, 'commission')).toBe(expected);
  });
});
