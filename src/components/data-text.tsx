import { getLocale } from '@/lib/i18n/locale';
import { englishQuotes, textParts, type ShownText } from '@/lib/i18n/shown-text';

/**
 * A data text in the language it is shown in: an English original on a German page keeps
 * lang="en" (for screen readers, and as the mark of a text that has no German yet), and so does
 * each English quotation inside a German text.
 */
export function DataText({ shown, className }: { shown: ShownText; className?: string }) {
  return (
    <span className={className} lang={shown.lang === getLocale() ? undefined : shown.lang}>
      {textParts(shown).map((part, i) =>
        part.lang ? (
          <span key={i} lang={part.lang}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </span>
  );
}

/**
 * A data text already in the page's language (localised when it was loaded, as financing.json and
 * eu-options.json are): on a German page, the quotations it marks as English keep lang="en".
 */
export function PageText({ text }: { text: string }) {
  const locale = getLocale();
  const quotes = locale === 'de' ? englishQuotes(text) : [];
  return <DataText shown={{ text, lang: locale, quotes }} />;
}
