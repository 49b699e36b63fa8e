import { useParam, writeParams } from '@/lib/url-params';
import { briefingLabels, defaultDeck } from '@/features/briefing';
import { deckParams } from '@/features/deck/model/deck-state';
import { PRESENT_BUTTON_ID } from './present-button-id';

/** Opens the charts of the current view (with its filters) as a deck; a new history entry. */
export function PresentButton() {
  const page = useParam('page');
  return (
    <button
      id={PRESENT_BUTTON_ID}
      type="button"
      className="header-button"
      title={briefingLabels().presentHint}
      onClick={() => writeParams(deckParams({ ids: defaultDeck(page), slide: 1 }), 'push')}
    >
      ▶ {briefingLabels().present}
    </button>
  );
}
