import { kielMonth, KIEL_CITATION, KIEL_URL, kielText } from '@/features/kiel';
import { formatSourceDate } from '@/lib/format';
import { BRIEFING_TEXT } from '../briefing-text';
import type { Loadable } from '../model/slide-types';

/** The pledge slides' source line, in the current language. */
export function pledgeSource() {
  return { text: BRIEFING_TEXT.explorer.pledgeSource, url: null };
}

/** The tracker's citation (a title, kept as published), its data period and release date in words. */
export function kielSource(release: { period: string; date: string } | null) {
  return {
    text: `${KIEL_CITATION}${release ? kielText().released(kielMonth(release.period), formatSourceDate(release.date)) : ''}`,
    url: KIEL_URL,
  };
}

/** A slide is only built from loaded data; the deck shows loading and errors itself. */
export function requireReady<T>(loadable: Loadable<T>): T {
  if (loadable.status !== 'ready') throw new Error('slide built before its data was loaded');
  return loadable.data;
}
