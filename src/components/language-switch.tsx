import { useEffect, useRef } from 'react';
import { LOCALES } from '@/lib/i18n/locale';
import { takeFocusRequest, useLocale, useMessages } from '@/lib/i18n/locale-provider';
import './language-switch.css';

/**
 * EN | DE: two native radio buttons (arrow keys move between them, as in any radio group). The
 * choice goes to `?lang=` and localStorage; the content re-mounts in the new language and focus
 * comes back here.
 */
export function LanguageSwitch() {
  const { locale, changeLocale, rejected, dismissRejected } = useLocale();
  const text = useMessages().language;
  const checkedRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (takeFocusRequest()) checkedRef.current?.focus();
  }, []);

  return (
    <div className="language-switch">
      <fieldset className="language-switch__group">
        <legend className="visually-hidden">{text.label}</legend>
        {LOCALES.map((option) => (
          <label key={option} className="language-switch__option" lang={option}>
            <input
              ref={option === locale ? checkedRef : undefined}
              type="radio"
              name="language"
              value={option}
              checked={option === locale}
              onChange={() => changeLocale(option)}
            />
            <span aria-hidden="true">{text.short[option]}</span>
            <span className="visually-hidden">{text.names[option]}</span>
          </label>
        ))}
      </fieldset>
      {rejected !== null && (
        <p className="language-switch__notice" role="status">
          {text.rejected(rejected)}{' '}
          <button type="button" className="language-switch__dismiss" onClick={dismissRejected}>
            {text.dismiss}
          </button>
        </p>
      )}
    </div>
  );
}
