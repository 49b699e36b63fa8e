import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTERS } from '@/lib/filter-state';
import { useUrlState } from './use-url-state';

function goTo(url: string) {
  window.history.replaceState(null, '', url);
}

let now = 1_000_000;

beforeEach(() => {
  now += 10_000;
  vi.spyOn(Date, 'now').mockImplementation(() => now);
  goTo('/');
});

afterEach(() => {
  const { result, unmount } = renderHook(() => useUrlState());
  act(() => result.current.dismissIgnored());
  unmount();
  vi.restoreAllMocks();
});

describe('useUrlState', () => {
  it('reads the filters from the URL', () => {
    goTo('/?donors=POL~NOR&from=2025-08&split=category&lang=de');
    const { result } = renderHook(() => useUrlState());
    expect(result.current.state.filters).toEqual({
      ...EMPTY_FILTERS,
      donors: ['POL', 'NOR'],
      from: '2025-08',
    });
    expect(result.current.state.view.split).toBe('category');
    expect(result.current.ignored).toEqual([]);
  });

  it('rewrites junk to the clean form and keeps reporting it until dismissed', () => {
    goTo('/page?lang=de&donors=pol~XXX&foo=1#top');
    const push = vi.spyOn(window.history, 'pushState');
    const { result } = renderHook(() => useUrlState());
    expect(window.location.search).toBe('?donors=POL&lang=de');
    expect(window.location.pathname).toBe('/page');
    expect(window.location.hash).toBe('#top');
    expect(push).not.toHaveBeenCalled();
    expect(result.current.ignored.map((item) => `${item.param}=${item.value}`)).toEqual([
      'donors=XXX',
      'foo=1',
    ]);
    act(() => result.current.dismissIgnored());
    expect(result.current.ignored).toEqual([]);
  });

  it('puts old full dates into month form without a notice', () => {
    goTo('/?from=2025-08-14');
    const { result } = renderHook(() => useUrlState());
    expect(window.location.search).toBe('?from=2025-08');
    expect(result.current.ignored).toEqual([]);
  });

  it('adds a history entry for a filter change and keeps reserved params', () => {
    goTo('/?scenario=slow&donors=POL');
    const push = vi.spyOn(window.history, 'pushState');
    const { result } = renderHook(() => useUrlState());
    act(() =>
      result.current.setFilters({
        ...EMPTY_FILTERS,
        donors: ['POL', 'DEU'],
        instruments: ['purl'],
      }),
    );
    expect(window.location.search).toBe('?donors=POL~DEU&instruments=purl&scenario=slow');
    expect(push).toHaveBeenCalledTimes(1);
    expect(result.current.state.filters.donors).toEqual(['POL', 'DEU']);
  });

  it('does not write when nothing changed', () => {
    goTo('/?donors=POL');
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    const { result } = renderHook(() => useUrlState());
    act(() => result.current.setFilters({ ...EMPTY_FILTERS, donors: ['POL'] }));
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
  });

  it('replaces the entry while a date is being typed, pushes after a pause', () => {
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    const { result } = renderHook(() => useUrlState());
    act(() => result.current.setFilters({ ...EMPTY_FILTERS, from: '2025-01' }));
    now += 300;
    act(() => result.current.setFilters({ ...EMPTY_FILTERS, from: '2025-02' }));
    now += 300;
    act(() => result.current.setFilters({ ...EMPTY_FILTERS, from: '2025-03' }));
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(2);
    now += 1500;
    act(() => result.current.setFilters({ ...EMPTY_FILTERS, from: '2025-04' }));
    expect(push).toHaveBeenCalledTimes(2);
    expect(window.location.search).toBe('?from=2025-04');
  });

  it('changes view options without touching the filters', () => {
    goTo('/?donors=NOR');
    const { result } = renderHook(() => useUrlState());
    act(() => result.current.setView({ kielMeasure: 'gdp' }));
    expect(window.location.search).toBe('?donors=NOR&kiel=gdp');
    act(() => result.current.setView({ split: 'category', kielMeasure: 'eur' }));
    expect(window.location.search).toBe('?donors=NOR&split=category');
    expect(result.current.state.view).toEqual({
      split: 'category',
      kielMeasure: 'eur',
      donorScope: 'all',
    });
  });

  it('follows Back and Forward', async () => {
    const { result } = renderHook(() => useUrlState());
    act(() => result.current.setFilters({ ...EMPTY_FILTERS, donors: ['POL'] }));
    act(() => result.current.setFilters({ ...EMPTY_FILTERS, donors: ['POL', 'NOR'] }));
    act(() => window.history.back());
    await waitFor(() => expect(result.current.state.filters.donors).toEqual(['POL']));
    act(() => window.history.forward());
    await waitFor(() => expect(result.current.state.filters.donors).toEqual(['POL', 'NOR']));
  });
});
