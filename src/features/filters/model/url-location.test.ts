// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  EMPTY_FILTERS,
  type FilterState,
  type UrlState,
  type ViewOptions,
} from '@/lib/filter-state';
import { historyMode, needsRewrite, withReservedParams } from './url-location';

function urlState(filters: Partial<FilterState> = {}, view: Partial<ViewOptions> = {}): UrlState {
  return { filters: { ...EMPTY_FILTERS, ...filters }, view: { ...DEFAULT_VIEW, ...view } };
}

describe('withReservedParams', () => {
  it.each([
    ['', '', ''],
    ['?donors=POL', '', '?donors=POL'],
    ['?donors=POL', '?lang=de', '?donors=POL&lang=de'],
    ['', '?lang=de&donors=NOR', '?lang=de'],
    [
      '?from=2025-08',
      '?slide=2&scenario=slow&lang=de&x=1',
      '?from=2025-08&scenario=slow&lang=de&slide=2',
    ],
    ['?to=2026-01', '?donors=NOR&utm=1', '?to=2026-01'],
    ['', '?scenario=a b', '?scenario=a+b'],
  ])('%j with %j -> %j', (ours, current, expected) => {
    expect(withReservedParams(ours, current)).toBe(expected);
  });
});

describe('needsRewrite', () => {
  it.each([
    ['', '', false],
    ['?donors=POL', '?donors=POL', false],
    ['?donors=POL%7ENOR', '?donors=POL~NOR', false],
    ['?lang=de&donors=POL', '?donors=POL', false],
    ['?donors=POL&scenario=slow', '?donors=POL', false],
    ['?donors=pol', '?donors=POL', true],
    ['?to=2026-06&donors=POL', '?donors=POL&to=2026-06', true],
    ['?split=instrument', '', true],
    ['?donors=POL&foo=1', '?donors=POL', true],
    ['?from=2025-08-01', '?from=2025-08', true],
  ])('%j vs %j -> %s', (search, canonical, expected) => {
    expect(needsRewrite(search, canonical)).toBe(expected);
  });
});

describe('historyMode', () => {
  const base = urlState({ donors: ['POL'], from: '2025-01' });
  it.each<[string, UrlState, number, 'push' | 'replace']>([
    ['donor change', urlState({ donors: ['POL', 'NOR'], from: '2025-01' }), 100, 'push'],
    ['date change while typing', urlState({ donors: ['POL'], from: '2025-02' }), 300, 'replace'],
    ['date change after a pause', urlState({ donors: ['POL'], from: '2025-02' }), 1000, 'push'],
    [
      'first date change',
      urlState({ donors: ['POL'], to: '2025-06', from: '2025-01' }),
      Number.POSITIVE_INFINITY,
      'push',
    ],
    [
      'instrument change',
      urlState({ donors: ['POL'], from: '2025-01', instruments: ['purl'] }),
      10,
      'push',
    ],
    [
      'view change',
      urlState({ donors: ['POL'], from: '2025-01' }, { split: 'category' }),
      10,
      'push',
    ],
    ['another month, same donors', urlState({ donors: ['POL'], from: '2025-03' }), 10, 'replace'],
  ])('%s', (_name, next, ms, expected) => {
    expect(historyMode(base, next, ms)).toBe(expected);
  });
});
