import type { MouseEvent } from 'react';
import { writeParams } from '@/lib/url-params';

/**
 * Follows an overview link inside the app: switches the page in the URL (filters and every other
 * parameter stay) and scrolls to the view once it is drawn. Modified clicks open the link as usual.
 */
export function goToView(
  event: MouseEvent<HTMLAnchorElement>,
  page: 'explorer' | 'financing',
  anchor: string,
): void {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
    return;
  event.preventDefault();
  writeParams({ page: page === 'explorer' ? null : page }, 'push');
  const started = performance.now();
  const scroll = () => {
    const target = document.getElementById(anchor);
    if (target) {
      target.scrollIntoView({ block: 'start' });
      return;
    }
    if (performance.now() - started < 5000) requestAnimationFrame(scroll);
  };
  requestAnimationFrame(scroll);
}
