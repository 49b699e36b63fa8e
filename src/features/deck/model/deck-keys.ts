/** What a key does in the deck. Presentation clickers send PageDown/PageUp (or arrows). */
/** 'notes' shows or hides the speaker notes (N). */
export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'close' | 'notes';

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export function deckAction({
  key,
  shiftKey,
  altKey,
  ctrlKey,
  metaKey,
}: KeyInput): DeckAction | null {
  if (altKey || ctrlKey || metaKey) return null;
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case ' ':
    case 'Spacebar':
      return shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'close';
    case 'n':
    case 'N':
      return 'notes';
    default:
      return null;
  }
}

/** The slide after an action (1-based), or null for close; 'notes' stays on the slide. */
export function applyDeckAction(action: DeckAction, slide: number, count: number): number | null {
  switch (action) {
    case 'next':
      return Math.min(slide + 1, Math.max(count, 1));
    case 'previous':
      return Math.max(slide - 1, 1);
    case 'first':
      return 1;
    case 'last':
      return Math.max(count, 1);
    case 'close':
      return null;
    case 'notes':
      return slide;
  }
}
