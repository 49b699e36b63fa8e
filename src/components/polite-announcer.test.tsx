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
});
