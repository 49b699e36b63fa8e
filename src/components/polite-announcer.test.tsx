import { Profiler } from 'react';
import { act, render, screen } from '@testing-library/react';
import { ANNOUNCE_DELAY_MS, PoliteAnnouncer } from './polite-announcer';

describe('PoliteAnnouncer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('stays silent for the view as loaded, then speaks the last of rapid changes once', () => {
    const { rerender } = render(<PoliteAnnouncer message={null} />);
    rerender(<PoliteAnnouncer message="first" />);
    act(() => {
      vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 2);
    });
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('');
    rerender(<PoliteAnnouncer message="second" />);
    act(() => {
      vi.advanceTimersByTime(ANNOUNCE_DELAY_MS / 2);
    });
    rerender(<PoliteAnnouncer message="third" />);
    act(() => {
      vi.advanceTimersByTime(ANNOUNCE_DELAY_MS / 2);
    });
    expect(region).toHaveTextContent('');
    act(() => {
      vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    });
    expect(region).toHaveTextContent('third');
  });

  it('speaks without a React render (no extra commit per change), and keeps the text on re-render', () => {
    const commits = vi.fn();
    const ui = (message: string) => (
      <Profiler id="announcer" onRender={commits}>
        <PoliteAnnouncer message={message} />
      </Profiler>
    );
    const { rerender } = render(ui('loaded'));
    rerender(ui('changed'));
    const before = commits.mock.calls.length;
    act(() => {
      vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    });
    expect(screen.getByRole('status')).toHaveTextContent('changed');
    expect(commits.mock.calls.length).toBe(before);
    rerender(ui('changed'));
    expect(screen.getByRole('status')).toHaveTextContent('changed');
  });
});
