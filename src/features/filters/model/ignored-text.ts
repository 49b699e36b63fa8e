import { messages } from '@/lib/i18n/messages';
import type { IgnoredParam } from '@/lib/filter-state';

/**
 * `donors “XXX” (unknown donor code)` / `donors „XXX“ (unbekannter Geberländercode)`; the value
 * is left out when there is none. The reason is already worded (url-state.ts).
 */
export function describeIgnoredParam({ param, value, reason }: IgnoredParam): string {
  return messages().urlNotes.item(param, value, reason);
}

/** The sentence shown to the user, or '' when nothing was ignored. Plain text, never markup. */
export function describeIgnored(ignored: readonly IgnoredParam[]): string {
  if (ignored.length === 0) return '';
  return messages().urlNotes.intro(ignored.map(describeIgnoredParam).join('; '));
}
