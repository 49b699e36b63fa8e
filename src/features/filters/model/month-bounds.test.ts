// @vitest-environment node
import { includeMonth, monthBoundsOf, monthOf } from './month-bounds';

const FALLBACK = { min: '2000-01', max: '2000-01' };

describe('monthBoundsOf', () => {
  it('spans the earliest to the latest month of the data, days or months', () => {
    expect(monthBoundsOf(['2025-08-04', '2024-02-28', '2026-04'], FALLBACK)).toEqual({
      min: '2024-02',
      max: '2026-04',
    });
  });

  it('puts 2027 data inside the filter (no fixed upper bound)', () => {
    const bounds = monthBoundsOf(['2022-01', '2027-03-15', '2028-11'], FALLBACK);
    expect(bounds.max).toBe('2028-11');
    expect('2027-03' >= bounds.min && '2027-03' <= bounds.max).toBe(true);
  });

  it('skips nulls and malformed dates; falls back only when nothing is readable', () => {
    expect(monthBoundsOf([null, undefined, '2026-13', 'soon', '2026-05-01'], FALLBACK)).toEqual({
      min: '2026-05',
      max: '2026-05',
    });
    expect(monthBoundsOf([null, 'n/a'], FALLBACK)).toBe(FALLBACK);
  });
});

describe('monthOf', () => {
  it('is the UTC month of the date', () => {
    expect(monthOf(new Date('2027-01-31T12:00:00Z'))).toBe('2027-01');
  });
});

describe('includeMonth', () => {
  it('widens the upper bound to the current month, never narrows it', () => {
    expect(includeMonth({ min: '2022-01', max: '2026-04' }, '2026-12')).toEqual({
      min: '2022-01',
      max: '2026-12',
    });
    expect(includeMonth({ min: '2022-01', max: '2027-03' }, '2026-12')).toEqual({
      min: '2022-01',
      max: '2027-03',
    });
  });
});
