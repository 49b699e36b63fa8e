import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseUrlState } from '../model/url-state';
import { IgnoredNotice } from './ignored-notice';

describe('IgnoredNotice', () => {
  it('lists the ignored parameters in a status message', () => {
    const { ignored } = parseUrlState('?donors=POL~XXX&from=2025-13');
    render(<IgnoredNotice ignored={ignored} onDismiss={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Some link parameters were ignored: donors “XXX” (unknown donor code); from “2025-13” (not a month, expected YYYY-MM).',
    );
  });

  it('shows markup from the link as text, never as HTML', () => {
    const { ignored } = parseUrlState('?donors=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    const { container } = render(<IgnoredNotice ignored={ignored} onDismiss={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(
      'donors “<img src=x onerror=alert(1)>” (unknown donor code)',
    );
  });

  it('can be dismissed', async () => {
    const onDismiss = vi.fn();
    const { ignored } = parseUrlState('?foo=1');
    render(<IgnoredNotice ignored={ignored} onDismiss={onDismiss} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('renders nothing when nothing was ignored', () => {
    const { container } = render(<IgnoredNotice ignored={[]} onDismiss={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });
});
