import { LanguageSwitch } from '@/components/language-switch';
import { BriefingControls } from '@/features/briefing/components/briefing-controls';
import { DataButton } from '@/features/import/components/data-button';
import { useMessages } from '@/lib/i18n/locale-provider';

export function AppHeader() {
  const text = useMessages().app;
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <div className="app-header__text">
          <h1 className="app-header__title">{text.title}</h1>
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
