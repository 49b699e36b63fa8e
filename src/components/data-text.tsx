import { getLocale } from '@/lib/i18n/locale';
import { textParts, type ShownText } from '@/lib/i18n/shown-text';

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
