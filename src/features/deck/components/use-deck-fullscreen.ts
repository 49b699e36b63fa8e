import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { fullscreenExitAction } from '@/features/deck/model/fullscreen-exit';

interface FullscreenHandlers {
  picking: boolean;
  /** Close the deck as Escape does (URL, focus back to Present). */
  onCloseDeck: () => void;
  /** Close the slide picker as its Escape does. */
  onClosePicker: () => void;
}

/**
 * The deck's own full screen. Leaving it (the browser's Escape, its "exit full screen" bar)
 * counts as the presenter's Escape: see fullscreenExitAction. `release()` before the deck closes
 * itself, so that the full-screen exit that follows does not close it a second time.
 */
export function useDeckFullscreen(
  deckRef: RefObject<HTMLElement | null>,
  handlers: FullscreenHandlers,
): { enter: () => void; release: () => void } {
  const deckIsFullscreen = useRef(false);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onChange = () => {
      const now = document.fullscreenElement ?? null;
      const action = fullscreenExitAction({
        deckWasFullscreen: deckIsFullscreen.current,
        nowNone: now === null,
        picking: latest.current.picking,
      });
      deckIsFullscreen.current = now !== null && now === deckRef.current;
      if (action === 'close-deck') latest.current.onCloseDeck();
      else if (action === 'close-picker') latest.current.onClosePicker();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [deckRef]);

  const enter = useCallback(() => {
    void deckRef.current?.requestFullscreen().catch(() => undefined);
  }, [deckRef]);
  const release = useCallback(() => {
    deckIsFullscreen.current = false;
  }, []);
  return { enter, release };
}
