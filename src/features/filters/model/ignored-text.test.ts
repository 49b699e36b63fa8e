// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/lib/i18n/locale';
import type { IgnoredParam } from '@/lib/filter-state';
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

describe('describeIgnored in German', () => {
  afterEach(() => setLocale('en'));
  it.each<[IgnoredParam[], string]>([
    [[], ''],
    [
      [{ param: 'donors', value: 'XXX', reason: 'unbekannter Geberländercode' }],
      'Einige Link-Parameter wurden ignoriert: donors „XXX“ (unbekannter Geberländercode).',
    ],
    [
      [
        { param: 'donors', value: 'XXX', reason: 'unbekannter Geberländercode' },
        { param: '…', value: '', reason: '3 weitere, nicht einzeln genannt' },
      ],
      'Einige Link-Parameter wurden ignoriert: donors „XXX“ (unbekannter Geberländercode); … (3 weitere, nicht einzeln genannt).',
    ],
  ])('%j', (ignored, expected) => {
    setLocale('de');
    expect(describeIgnored(ignored)).toBe(expected);
  });
});
