import { useState } from 'react';
import { LanguageSwitch } from '@/components/language-switch';
import { BriefingControls } from '@/features/deck';
import { DataButton } from '@/features/import';
import { useMessages } from '@/lib/i18n/locale-provider';
import { useParam } from '@/lib/url-params';
import { parsePageParam } from '@/lib/page-param';

/**
 * The site's name, lede and tools. On a phone (layout.css, max-width 640px) the header is one
 * row: the name, the language switch and a Menu button that shows the lede, Present, share, theme
 * and data, so that the first screen holds a chart. Wider screens show everything, no button.
 */
export function AppHeader() {
  const text = useMessages().app;
  const [menuOpen, setMenuOpen] = useState(false);
  // One h1 a page: the funding page has its own title, so there the site's name is not a heading.
  const onOwnPage = parsePageParam(useParam('page')).page === 'financing';
  const Title = onOwnPage ? 'div' : 'h1';
  return (
    <header className={`app-header${menuOpen ? ' app-header--menu-open' : ''}`}>
      <div className="app-header__inner">
        <div className="app-header__text">
          <Title className="app-header__title">{text.title}</Title>
          <p className="app-header__lede">{text.lede}</p>
        </div>
        <button
          type="button"
          className="header-button app-header__menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="app-header-tools"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {text.menu}
        </button>
        <div className="app-header__tools" id="app-header-tools">
          <BriefingControls />
          <DataButton />
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
