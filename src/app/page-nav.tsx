import type { MouseEvent } from 'react';
import { writeParams } from '@/lib/url-params';
import { messages } from '@/lib/i18n/messages';
import { PAGES, pageSearch, type Page } from '@/lib/page-param';

/** Links between the dashboard's pages; filters in the URL carry over. */
export function PageNav({ current, search }: { current: Page; search: string }) {
  const go = (event: MouseEvent<HTMLAnchorElement>, page: Page) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
      return;
    event.preventDefault();
    writeParams({ page: page === 'explorer' ? null : page }, 'push');
  };
  const text = messages().app;
  return (
    <nav className="page-nav" aria-label={text.pagesNav}>
      <ul className="page-nav__list">
        {PAGES.map((page) => (
          <li key={page}>
            <a
              className="page-nav__link"
              href={pageSearch(search, page)}
              aria-current={page === current ? 'page' : undefined}
              onClick={(event) => go(event, page)}
            >
              {text.pages[page]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
