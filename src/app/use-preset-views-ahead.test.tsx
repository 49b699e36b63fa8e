import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { presetDonors, presetIds } from '@/features/filters';
import { hasCachedPledgeView, preparePledges, type PreparedPledges } from '@/features/pledges';
import { EMPTY_FILTERS, type FilterState } from '@/lib/filter-state';
import { realPledges } from '@/test-utils/real-data.fixture';
import { syntheticPledgeDataset } from '../../mocks/synthetic-pledges';
import { usePresetViewsAhead } from './use-preset-views-ahead';

type Split = 'instrument' | 'category';

/** The presets' filters under `rest` (the PURL preset only when the data names a contributor). */
const presetFilters = (prepared: PreparedPledges, rest: Partial<FilterState> = {}) =>
  presetIds
    .map((preset) => presetDonors(preset, prepared.purlContributors))
    .filter((donors, i) => presetIds[i] !== 'purl' || donors.length > 0)
    .map((donors) => ({ ...EMPTY_FILTERS, ...rest, donors }));

const cached = (prepared: PreparedPledges, filters: FilterState[], split: Split) =>
  filters.map((filter) => hasCachedPledgeView(prepared, filter, split));

/** One idle period (without requestIdleCallback, whenIdle waits 200 ms). */
const idle = () => {
  act(() => {
    vi.advanceTimersByTime(200);
  });
};

describe('usePresetViewsAhead', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('computes one preset view per idle period once ready (after one left to the catch-up), under the other filters in use', () => {
    const prepared = preparePledges(syntheticPledgeDataset(400, 9), realPledges().rates);
    const presets = presetFilters(prepared);
    expect(presets.length).toBe(presetIds.length);
    const { rerender } = renderHook(
      ({ filters, split, ready }: { filters: FilterState; split: Split; ready: boolean }) =>
        usePresetViewsAhead(prepared, filters, split, ready),
      { initialProps: { filters: EMPTY_FILTERS, split: 'instrument' as Split, ready: false } },
    );
    idle();
    expect(cached(prepared, presets, 'instrument')).toEqual(presets.map(() => false));

    rerender({ filters: EMPTY_FILTERS, split: 'instrument', ready: true });
    // The first idle period is left to the sections catching up with the change.
    idle();
    expect(cached(prepared, presets, 'instrument').some(Boolean)).toBe(false);
    idle();
    expect(cached(prepared, presets, 'instrument').filter(Boolean)).toHaveLength(1);
    for (let i = 1; i < presets.length; i += 1) idle();
    expect(cached(prepared, presets, 'instrument')).toEqual(presets.map(() => true));

    // Another instrument filter: the presets again, under it (and not for the other split).
    const purl = { instruments: ['purl'] as FilterState['instruments'] };
    rerender({ filters: { ...EMPTY_FILTERS, ...purl }, split: 'instrument', ready: true });
    for (let i = 0; i <= presets.length; i += 1) idle();
    const underPurl = presetFilters(prepared, purl);
    expect(cached(prepared, underPurl, 'instrument')).toEqual(underPurl.map(() => true));
    expect(cached(prepared, underPurl, 'category')).toEqual(underPurl.map(() => false));
  });

  it('stops when the data changes or the component goes', () => {
    const first = preparePledges(syntheticPledgeDataset(300, 4), realPledges().rates);
    const second = preparePledges(syntheticPledgeDataset(300, 6), realPledges().rates);
    const { rerender, unmount } = renderHook(
      ({ prepared }: { prepared: PreparedPledges }) =>
        usePresetViewsAhead(prepared, EMPTY_FILTERS, 'category', true),
      { initialProps: { prepared: first } },
    );
    idle();
    idle();
    rerender({ prepared: second });
    for (let i = 0; i <= presetIds.length; i += 1) idle();
    expect(cached(first, presetFilters(first), 'category').filter(Boolean)).toHaveLength(1);
    expect(cached(second, presetFilters(second), 'category').every(Boolean)).toBe(true);

    const third = preparePledges(syntheticPledgeDataset(300, 8), realPledges().rates);
    rerender({ prepared: third });
    unmount();
    for (let i = 0; i <= presetIds.length; i += 1) idle();
    expect(cached(third, presetFilters(third), 'category').some(Boolean)).toBe(false);
  });
});
