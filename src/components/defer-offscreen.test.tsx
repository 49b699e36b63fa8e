import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeferOffscreen } from './defer-offscreen';

/** A stand-in IntersectionObserver whose callback the test drives. */
let report: (visible: boolean) => void = () => undefined;
class FakeObserver {
  constructor(callback: IntersectionObserverCallback) {
    report = (visible) =>
      act(() =>
        callback(
          [{ isIntersecting: visible } as IntersectionObserverEntry],
          this as unknown as IntersectionObserver,
        ),
      );
  }
  observe() {}
  disconnect() {}
}

const Count = ({ value }: { value: number }) => <p>value {value}</p>;

describe('DeferOffscreen', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    vi.stubGlobal('requestIdleCallback', undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const draw = (value: number, rerender?: (ui: React.ReactElement) => void) => {
    const ui = (
      <DeferOffscreen>
        <Count value={value} />
      </DeferOffscreen>
    );
    if (rerender) rerender(ui);
    else return render(ui);
    return undefined;
  };

  it('draws at once on screen, and keeps the last drawing off screen until idle', () => {
    const view = draw(1);
    if (!view) throw new Error('not rendered');
    expect(screen.getByText('value 1')).toBeTruthy();
    report(true);
    draw(2, view.rerender);
    expect(screen.getByText('value 2')).toBeTruthy();

    report(false);
    draw(3, view.rerender);
    // Off screen: the old drawing stays for now ...
    expect(screen.getByText('value 2')).toBeTruthy();
    // ... and catches up when the browser is idle.
    act(() => {
      vi.advanceTimersByTime(250);
    });
    expect(screen.getByText('value 3')).toBeTruthy();
  });

  it('catches up at once when scrolled near, and before printing', () => {
    const view = draw(1);
    if (!view) throw new Error('not rendered');
    report(false);
    draw(2, view.rerender);
    expect(screen.getByText('value 1')).toBeTruthy();
    report(true);
    expect(screen.getByText('value 2')).toBeTruthy();

    report(false);
    draw(3, view.rerender);
    expect(screen.getByText('value 2')).toBeTruthy();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('value 3')).toBeTruthy();
  });

  it('with catchUp="near" stays as drawn off screen until it scrolls near or is printed', () => {
    const near = (value: number) => (
      <DeferOffscreen catchUp="near">
        <Count value={value} />
      </DeferOffscreen>
    );
    const view = render(near(1));
    report(false);
    view.rerender(near(2));
    // No idle catch-up for a redraw of the same drawing: a redraw nobody sees is not made.
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(screen.getByText('value 1')).toBeTruthy();
    report(true);
    expect(screen.getByText('value 2')).toBeTruthy();

    report(false);
    view.rerender(near(3));
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(screen.getByText('value 2')).toBeTruthy();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('value 3')).toBeTruthy();
  });

  it('with catchUp="near" a different kind of content (the first drawing) still comes when idle', () => {
    const Placeholder = () => <p>loading</p>;
    const view = render(
      <DeferOffscreen catchUp="near">
        <Placeholder />
      </DeferOffscreen>,
    );
    report(false);
    view.rerender(
      <DeferOffscreen catchUp="near">
        <Count value={1} />
      </DeferOffscreen>,
    );
    expect(screen.getByText('loading')).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(250);
    });
    expect(screen.getByText('value 1')).toBeTruthy();
  });

  it('catches up when the print medium turns on without a beforeprint event', () => {
    const listeners: ((event: MediaQueryListEvent) => void)[] = [];
    vi.stubGlobal('matchMedia', () => ({
      matches: false,
      addEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) =>
        listeners.push(listener),
      removeEventListener: () => undefined,
    }));
    const near = (value: number) => (
      <DeferOffscreen catchUp="near">
        <Count value={value} />
      </DeferOffscreen>
    );
    const view = render(near(1));
    report(false);
    view.rerender(near(2));
    expect(screen.getByText('value 1')).toBeTruthy();
    expect(listeners).toHaveLength(1);
    act(() => listeners[0]?.({ matches: true } as MediaQueryListEvent));
    expect(screen.getByText('value 2')).toBeTruthy();
  });

  it('without IntersectionObserver it always draws the latest', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const view = draw(1);
    if (!view) throw new Error('not rendered');
    draw(2, view.rerender);
    expect(screen.getByText('value 2')).toBeTruthy();
  });

  it('brings every stale section up to date in one idle callback (one render, not one each)', () => {
    const callbacks: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => {
      callbacks.push(run);
      return callbacks.length;
    });
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const two = (value: number) => (
      <>
        <DeferOffscreen>
          <Count value={value} />
        </DeferOffscreen>
        <DeferOffscreen>
          <Count value={value * 10} />
        </DeferOffscreen>
      </>
    );
    // Both start off screen (the observer has not reported them visible).
    const view = render(two(1));
    view.rerender(two(2));
    expect(screen.getByText('value 1')).toBeTruthy();
    expect(screen.getByText('value 10')).toBeTruthy();
    expect(callbacks).toHaveLength(1);
    act(() => callbacks[0]?.());
    expect(screen.getByText('value 2')).toBeTruthy();
    expect(screen.getByText('value 20')).toBeTruthy();
  });
});
