/**
 * The deck as URL state: `deck` lists slide ids (`~`-separated, in order), `slide` is the
 * 1-based slide shown. Unknown ids are dropped, repeats kept once, the slide is clamped.
 */
export interface DeckState {
  ids: string[];
  /** 1-based. */
  slide: number;
}

export function parseDeckIds(value: string, known: readonly string[]): string[] {
  const ids: string[] = [];
  for (const id of value.split('~')) {
    if (known.includes(id) && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Null when no deck is open (no `deck` parameter). An empty or junk `deck` opens the default. */
export function parseDeck(
  search: string,
  known: readonly string[],
  defaults: readonly string[],
): DeckState | null {
  const params = new URLSearchParams(search);
  const deck = params.get('deck');
  if (deck === null) return null;
  const parsed = parseDeckIds(deck, known);
  const ids = parsed.length > 0 ? parsed : [...defaults];
  const slide = clampSlide(Number.parseInt(params.get('slide') ?? '1', 10), ids.length);
  return { ids, slide };
}

export function clampSlide(slide: number, count: number): number {
  if (count === 0 || !Number.isFinite(slide)) return 1;
  return Math.min(Math.max(1, Math.trunc(slide)), count);
}

/** The URL parameters for a deck state (written with writeParams). */
export function deckParams(state: DeckState): { deck: string; slide: string } {
  return { deck: state.ids.join('~'), slide: String(state.slide) };
}

export const CLOSED_DECK = { deck: null, slide: null } as const;
