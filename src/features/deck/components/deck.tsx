import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { PageFreshnessNote } from '@/features/freshness';
import { PRESENT_BUTTON_ID } from './present-button-id';
import { writeParams } from '@/lib/url-params';
import {
  BRIEFING_TEXT,
  type SlideInputs,
  buildSlide,
  findSlide,
  type SlideBuild,
  PAPER_PALETTE,
  SCREEN_PALETTE,
  SlideView,
} from '@/features/briefing';
import { applyDeckAction, deckAction } from '../model/deck-keys';
import { CLOSED_DECK, deckParams, type DeckState } from '../model/deck-state';
import { PptxButton, slideSpeakerNotes } from '@/features/pptx';
import { PickSlidesDialog } from './pick-slides-dialog';
import { PrintStack } from './print-stack';
import { useDeckFullscreen } from './use-deck-fullscreen';
import { usePrintStack } from './use-print-stack';
import { SpeakerNotesView } from './speaker-notes';

const INTERACTIVE = 'button, a[href], input, select, textarea, [role="checkbox"]';

function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(
    root.querySelectorAll<HTMLElement>(`${INTERACTIVE}, [tabindex]:not([tabindex="-1"])`),
  ).filter(
    (element) =>
      !element.hasAttribute('disabled') &&
      element.closest('.deck__print') === null &&
      element.getClientRects().length > 0,
  );
}

export function closeDeck(): void {
  writeParams({ ...CLOSED_DECK }, 'push');
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  // Focus goes back to the control that opened the deck.
  window.requestAnimationFrame(() => document.getElementById(PRESENT_BUTTON_ID)?.focus());
}

/** Full-screen slides: a modal dialog with focus kept inside, paged by keys and clickers. */
export function Deck({ deck, inputs }: { deck: DeckState; inputs: SlideInputs }) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const [picking, setPicking] = useState(false);
  /** The presenter view: the slide's speaker notes beside it (N or the button). */
  const [showNotes, setShowNotes] = useState(false);
  const count = deck.ids.length;
  const id = deck.ids[deck.slide - 1];
  const definition = id === undefined ? undefined : findSlide(id);

  const goTo = useCallback((slide: number) => writeParams({ slide: String(slide) }, 'replace'), []);
  const closePicker = useCallback(() => {
    setPicking(false);
    dialogRef.current?.focus();
  }, []);
  const fullscreen = useDeckFullscreen(dialogRef, {
    picking,
    onCloseDeck: closeDeck,
    onClosePicker: closePicker,
  });
  /** Escape and the Close button: leaves full screen too (closeDeck), without closing twice. */
  const close = () => {
    fullscreen.release();
    closeDeck();
  };
  const { printing, printHandout } = usePrintStack();

  useEffect(() => {
    dialogRef.current?.focus();
    document.body.classList.add('deck-open');
    return () => document.body.classList.remove('deck-open');
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (picking) return;
    if (event.key === 'Tab') {
      const root = dialogRef.current;
      if (!root) return;
      const items = focusables(root);
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      if (event.shiftKey && (document.activeElement === first || document.activeElement === root)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
      return;
    }
    const target = event.target as HTMLElement;
    const onControl = target !== dialogRef.current && target.matches(INTERACTIVE);
    // Space and Enter on a focused button press that button; arrows in a select move its option.
    if (onControl && (event.key === ' ' || event.key === 'Enter' || target.tagName === 'SELECT'))
      return;
    const action = deckAction(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'notes') {
      setShowNotes((shown) => !shown);
      return;
    }
    const next = applyDeckAction(action, deck.slide, count);
    if (next === null) close();
    else if (next !== deck.slide) goTo(next);
  };

  const build: SlideBuild =
    definition === undefined ? { status: 'pending' } : buildSlide(definition, inputs);

  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a modal dialog handles its keys (paging, Escape, focus trap) for everything inside it
    <div
      ref={dialogRef}
      className="deck"
      role="dialog"
      aria-modal="true"
      aria-labelledby={headingId}
      aria-roledescription="slide deck"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="deck__screen">
        <div className={showNotes ? 'deck__stage deck__stage--notes' : 'deck__stage'}>
          <div className="deck__slide" aria-live="polite">
            {definition ? (
              <SlideView
                key={definition.id}
                build={build}
                title={definition.title}
                headingId={headingId}
                fontSize={20}
                palette={SCREEN_PALETTE}
                condensedNote
                fitToScreen
              />
            ) : (
              <h2 id={headingId} className="slide__title">
                {BRIEFING_TEXT.emptyDeck}
              </h2>
            )}
          </div>
          {showNotes && build.status === 'ready' && (
            <SpeakerNotesView
              notes={slideSpeakerNotes(build.slide, inputs)}
              title={build.slide.title}
            />
          )}
        </div>
        <div className="deck__bar">
          <button
            type="button"
            className="deck__button"
            onClick={() => goTo(Math.max(1, deck.slide - 1))}
            disabled={deck.slide <= 1}
          >
            ← {BRIEFING_TEXT.previous}
          </button>
          <span className="deck__counter" aria-live="polite">
            {BRIEFING_TEXT.slideCounter(count === 0 ? 0 : deck.slide, count)}
          </span>
          <button
            type="button"
            className="deck__button"
            onClick={() => goTo(Math.min(count, deck.slide + 1))}
            disabled={deck.slide >= count}
          >
            {BRIEFING_TEXT.next} →
          </button>
          <span className="deck__spacer" />
          <button
            type="button"
            className="deck__button"
            aria-pressed={showNotes}
            aria-keyshortcuts="N"
            onClick={() => setShowNotes((shown) => !shown)}
          >
            {BRIEFING_TEXT.speakerNotes}
          </button>
          <button type="button" className="deck__button" onClick={() => setPicking(true)}>
            {BRIEFING_TEXT.pickSlides}
          </button>
          <button type="button" className="deck__button" onClick={printHandout}>
            {BRIEFING_TEXT.printHandout}
          </button>
          <PptxButton ids={deck.ids} inputs={inputs} />
          {document.fullscreenEnabled && (
            <button type="button" className="deck__button" onClick={fullscreen.enter}>
              {BRIEFING_TEXT.fullScreen}
            </button>
          )}
          <button type="button" className="deck__button" onClick={close}>
            {BRIEFING_TEXT.close}
          </button>
        </div>
        <p className="deck__help">{BRIEFING_TEXT.keysHelp}</p>
        <PageFreshnessNote page="deck" compact />
      </div>
      {printing && <PrintStack ids={deck.ids} inputs={inputs} palette={PAPER_PALETTE} />}
      {picking && (
        <PickSlidesDialog
          chosen={deck.ids}
          onCancel={closePicker}
          onApply={(ids) => {
            setPicking(false);
            writeParams(deckParams({ ids, slide: 1 }), 'replace');
            dialogRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}
