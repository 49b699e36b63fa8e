import { LanguageSwitch } from '@/components/language-switch';
import { BriefingControls } from '@/features/deck';
import { DataButton } from '@/features/import';
import { useMessages } from '@/lib/i18n/locale-provider';
import { readParam, useSearch } from '@/lib/url-params';
import { parsePageParam } from '@/lib/page-param';

export function AppHeader() {
  const text = useMessages().app;
  // One h1 a page: the funding page has its own title, so there the site's name is not a heading.
  const onOwnPage = parsePageParam(readParam(useSearch(), 'page')).page === 'financing';
  const Title = onOwnPage ? 'div' : 'h1';
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <div className="app-header__text">
          <Title className="app-header__title">{text.title}</Title>
          <p className="app-header__lede">{text.lede}</p>
        </div>
        <div className="app-header__tools">
          <BriefingControls />
          <DataButton />
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
