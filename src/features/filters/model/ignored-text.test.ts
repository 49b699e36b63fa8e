import { describe, expect, it } from 'vitest';
import type { IgnoredParam } from './filter-state';
import { describeIgnored } from './ignored-text';

describe('describeIgnored', () => {
  it.each<[IgnoredParam[], string]>([
    [[], ''],
    [
      [{ param: 'donors', value: 'XXX', reason: 'unknown donor code' }],
      'Some link parameters were ignored: donors “XXX” (unknown donor code).',
    ],
    [
      [
        { param: 'donors', value: 'XXX', reason: 'unknown donor code' },
        { param: 'from', value: '2025-13', reason: 'not a month, expected YYYY-MM' },
      ],
      'Some link parameters were ignored: donors “XXX” (unknown donor code); from “2025-13” (not a month, expected YYYY-MM).',
    ],
    [
      [{ param: '…', value: '', reason: '3 more not listed' }],
      'Some link parameters were ignored: … (3 more not listed).',
    ],
  ])('%j', (ignored, expected) => {
    expect(describeIgnored(ignored)).toBe(expected);
  });
});
