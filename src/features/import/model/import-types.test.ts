// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { dataSetMetaSchema, isIsoUtcTimestamp } from './import-types';

describe('isIsoUtcTimestamp', () => {
  it.each([
    ['what Date.toISOString writes', '2025-12-03T10:15:00.123Z', true],
    ['seconds without a fraction', '2025-12-03T10:15:00Z', true],
    ['a leap day', '2024-02-29T00:00:00Z', true],
    ['a leap day in a 400th year', '2000-02-29T00:00:00Z', true],
    ['no leap day in a century year', '1900-02-29T00:00:00Z', false],
    ['no leap day in a common year', '2025-02-29T00:00:00Z', false],
    ['day 31 of a 30-day month', '2025-04-31T00:00:00Z', false],
    ['month 13', '2025-13-01T00:00:00Z', false],
    ['hour 24', '2025-12-03T24:00:00Z', false],
    ['no seconds', '2025-12-03T10:15Z', false],
    ['an offset instead of Z', '2025-12-03T10:15:00+01:00', false],
    ['no zone', '2025-12-03T10:15:00', false],
    ['a date only', '2025-12-03', false],
  ])('%s', (_name, value, expected) => {
    expect(isIsoUtcTimestamp(value)).toBe(expected);
  });
});

const META = {
  id: 'imp-abcd1234',
  kind: 'pledges',
  fileName: 'pledges.json',
  importedAt: '2025-12-03T10:15:00.000Z',
  format: 'json',
  accepted: 3,
  rejected: 0,
  warnings: 1,
  release: null,
};

describe('dataSetMetaSchema', () => {
  it.each([
    ['a sound entry', {}, true],
    ['a bad id', { id: 'imp-AB' }, false],
    ['an unknown kind', { kind: 'csv' }, false],
    ['an empty file name', { fileName: '' }, false],
    ['a file name over 300 characters', { fileName: 'x'.repeat(301) }, false],
    ['a local time', { importedAt: '2025-12-03T10:15:00' }, false],
    ['a fractional count', { accepted: 1.5 }, false],
    ['a negative count', { rejected: -1 }, false],
    ['a release number', { release: '29' }, true],
    ['no release key', { release: undefined }, false],
  ])('%s', (_name, change, ok) => {
    expect(v.safeParse(dataSetMetaSchema, { ...META, ...change }).success).toBe(ok);
  });
});
