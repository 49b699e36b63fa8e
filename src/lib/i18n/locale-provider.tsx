import {
  createContext,
  Fragment,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { writeParams } from '@/lib/url-params';
import {
  getLocale,
  LOCALE_STORAGE_KEY,
  resolveInitialLocale,
  setLocale,
  type InitialLocale,
  type Locale,
} from './locale';
import { messages, type Messages } from './messages';

interface LocaleContextValue {
  locale: Locale;
  /** Switches the language: module locale, `?lang=`, localStorage, then a re-mount of the content. */
  changeLocale: (next: Locale) => void;
  /** A junk `?lang=` value from the link the page was opened with (until dismissed). */
  rejected: string | null;
  dismissRejected: () => void;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

function readStored(): string | null {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null; // storage disabled (private mode, policy): the choice is not remembered
  }
}

function store(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // not remembered; `?lang=` in the URL still carries it
  }
}

/** Where the language switch asks to be focused again after the re-mount it caused. */
let focusAfterSwitch = false;
export function takeFocusRequest(): boolean {
  const requested = focusAfterSwitch;
  focusAfterSwitch = false;
  return requested;
}

function initialLocale(): InitialLocale {
  return resolveInitialLocale(
    window.location.search,
    readStored(),
    window.navigator.languages ?? [],
  );
}

/**
 * Holds the interface language. The module locale (read by the formatters) is set before the
 * first render and before every re-render after a switch; the content is keyed by the locale so
 * every memoised text is rebuilt, while the query cache above it is kept.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [initial] = useState(() => {
    const resolved = initialLocale();
    setLocale(resolved.locale);
    return resolved;
  });
  const [locale, setLocaleState] = useState<Locale>(initial.locale);
  const [rejected, setRejected] = useState<string | null>(initial.rejected);
  // The module locale follows the state during render (StrictMode and tests render twice).
  if (getLocale() !== locale) setLocale(locale);

  useEffect(() => {
    // A junk `lang` is dropped from the URL (the note says so); a valid one stays for sharing.
    if (initial.rejected !== null) writeParams({ lang: null });
  }, [initial.rejected]);

  useEffect(() => {
    document.title = messages(locale).app.documentTitle;
  }, [locale]);

  const changeLocale = useCallback((next: Locale) => {
    setLocale(next);
    store(next);
    writeParams({ lang: next });
    focusAfterSwitch = true;
    setRejected(null);
    setLocaleState(next);
  }, []);
  const dismissRejected = useCallback(() => setRejected(null), []);
  const value = useMemo(
    () => ({ locale, changeLocale, rejected, dismissRejected }),
    [locale, changeLocale, rejected, dismissRejected],
  );
  return (
    <LocaleContext value={value}>
      <Fragment key={locale}>{children}</Fragment>
    </LocaleContext>
  );
}

export function useLocale(): LocaleContextValue {
  const value = use(LocaleContext);
  if (!value) throw new Error('useLocale() needs a <LocaleProvider> above it');
  return value;
}

/**
 * The interface text in the current language. Works without a provider too (components tested
 * on their own get the module locale, English unless a test sets another).
 */
export function useMessages(): Messages {
  const value = use(LocaleContext);
  return messages(value?.locale ?? getLocale());
}
