/**
 * What the deck does when the document's full-screen element changes. In full screen the browser
 * takes the first Escape to leave full screen and the page never sees it; a presenter expects
 * that one Escape to leave the presentation, so leaving a full screen the deck itself entered
 * counts as Escape: it closes the deck, or the slide picker when that is open (one Escape, one
 * level, as without full screen). Entering or leaving someone else's full screen does nothing.
 */
export type FullscreenExitAction = 'close-deck' | 'close-picker' | null;

export interface FullscreenChange {
  /** The deck's own element was in full screen before this change. */
  deckWasFullscreen: boolean;
  /** `document.fullscreenElement` after the change is null. */
  nowNone: boolean;
  /** The slide picker is open. */
  picking: boolean;
}

export function fullscreenExitAction({
  deckWasFullscreen,
  nowNone,
  picking,
}: FullscreenChange): FullscreenExitAction {
  if (!deckWasFullscreen || !nowNone) return null;
  return picking ? 'close-picker' : 'close-deck';
}
