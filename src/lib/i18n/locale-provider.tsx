import {
  createContext,
  Fragment,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
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
import { loadLocale } from './load-locale';
import { isLocaleLoaded, messages, type Messages } from './messages';
import './locale-notice.css';

interface LocaleContextValue {
  locale: Locale;
  /** Switches the language: module locale, `?lang=`, localStorage, then a re-mount of the content. */
  changeLocale: (next: Locale) => void;
  /** A junk `?lang=` value from the link the page was opened with (until dismissed). */
  rejected: string | null;
  dismissRejected: () => void;
  /** The language whose text is being downloaded after a switch (the page stays as it is). */
  pending: Locale | null;
  /** A language whose text could not be downloaded (the page stays in English; until dismissed). */
  loadFailed: Locale | null;
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
 * every memoised text is rebuilt, while the query cache above it is kept. German text is not in
 * the first download: it is awaited before the first render in German and before a switch to it;
 * when it cannot be loaded the page stays in (or falls back to) English with a short notice.
 * `load` is for tests (default: download the dictionary).
 */
export function LocaleProvider({
  children,
  load = loadLocale,
}: {
  children: ReactNode;
  load?: (locale: Locale) => Promise<void>;
}) {
  const [initial] = useState(() => {
    const resolved = initialLocale();
    setLocale(resolved.locale);
    return resolved;
  });
  const [locale, setLocaleState] = useState<Locale>(initial.locale);
  const [ready, setReady] = useState(() => isLocaleLoaded(initial.locale));
  const [rejected, setRejected] = useState<string | null>(initial.rejected);
  const [pending, setPending] = useState<Locale | null>(null);
  const [loadFailed, setLoadFailed] = useState<Locale | null>(null);
  /** The latest language asked for: a slow download must not override a later choice. */
  const requested = useRef<Locale>(initial.locale);
  // The module locale follows the state during render (StrictMode and tests render twice).
  if (getLocale() !== locale) setLocale(locale);

  useEffect(() => {
    // A junk `lang` is dropped from the URL (the note says so); a valid one stays for sharing.
    if (initial.rejected !== null) writeParams({ lang: null });
  }, [initial.rejected]);

  useEffect(() => {
    if (ready) return;
    let current = true;
    load(initial.locale).then(
      () => {
        if (current) setReady(true);
      },
      () => {
        if (!current) return;
        // Offline or blocked: English (always loaded) instead of a blank page, and say so.
        requested.current = 'en';
        setLocale('en');
        setLocaleState('en');
        setLoadFailed(initial.locale);
        setReady(true);
      },
    );
    return () => {
      current = false;
    };
  }, [ready, load, initial.locale]);

  useEffect(() => {
    if (ready) document.title = messages(locale).app.documentTitle;
  }, [ready, locale]);

  const switchTo = useCallback((next: Locale) => {
    setLocale(next);
    store(next);
    writeParams({ lang: next });
    focusAfterSwitch = true;
    setRejected(null);
    setLoadFailed(null);
    setPending(null);
    setLocaleState(next);
  }, []);

  const changeLocale = useCallback(
    (next: Locale) => {
      requested.current = next;
      if (isLocaleLoaded(next)) {
        switchTo(next);
        return;
      }
      // Keep showing the current language (and a usable switch) until the text has arrived.
      setPending(next);
      load(next).then(
        () => {
          if (requested.current === next) switchTo(next);
        },
        () => {
          if (requested.current !== next) return;
          requested.current = getLocale();
          setPending(null);
          setLoadFailed(next);
        },
      );
    },
    [load, switchTo],
  );
  const dismissRejected = useCallback(() => setRejected(null), []);
  const value = useMemo(
    () => ({ locale, changeLocale, rejected, dismissRejected, pending, loadFailed }),
    [locale, changeLocale, rejected, dismissRejected, pending, loadFailed],
  );
  if (!ready) {
    // Only while the German text downloads at start: no styled page in a half-loaded language.
    return (
      <p className="locale-loading" role="status">
        {initial.locale === 'de' ? 'Lädt …' : 'Loading…'}
      </p>
    );
  }
  return (
    <LocaleContext value={value}>
      {loadFailed !== null && (
        <LoadFailedNotice locale={loadFailed} onDismiss={() => setLoadFailed(null)} />
      )}
      <Fragment key={locale}>{children}</Fragment>
    </LocaleContext>
  );
}

/** In English (the language that is shown): the other language's text could not be loaded. */
function LoadFailedNotice({ locale, onDismiss }: { locale: Locale; onDismiss: () => void }) {
  const text = messages('en').language;
  return (
    <p className="locale-notice" role="alert" lang="en">
      {text.loadFailed(text.names[locale])}{' '}
      <button type="button" className="locale-notice__dismiss" onClick={onDismiss}>
        {text.dismiss}
      </button>
    </p>
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
