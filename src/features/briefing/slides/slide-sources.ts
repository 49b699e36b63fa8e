import { KIEL_CITATION, KIEL_URL } from '@/features/kiel/components/kiel-series';
import type { Loadable } from '../model/slide-types';

export const PLEDGE_SOURCE = {
  text: 'Project research file of sourced pledges (pledges.json; every line’s source in the pledge table of the dashboard)',
  url: null,
};

export function kielSource(releaseDate: string | null) {
  return {
    text: `${KIEL_CITATION}${releaseDate ? `, released ${releaseDate}` : ''}`,
    url: KIEL_URL,
  };
}

/** A slide is only built from loaded data; the deck shows loading and errors itself. */
export function requireReady<T>(loadable: Loadable<T>): T {
  if (loadable.status !== 'ready') throw new Error('slide built before its data was loaded');
  return loadable.data;
}
