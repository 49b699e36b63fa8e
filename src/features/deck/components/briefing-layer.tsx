import { useSearch } from '@/lib/url-params';
import { useSlideInputs, defaultDeck, SLIDE_IDS, slideNeeds } from '@/features/briefing';
import { parseDeck } from '@/features/deck/model/deck-state';
import { Deck } from './deck';

/** Shows the deck when the URL has `deck` (so a deck link reopens the same slide). */
export function BriefingLayer() {
  const search = useSearch();
  const page = new URLSearchParams(search).get('page');
  const deck = parseDeck(search, SLIDE_IDS, defaultDeck(page));
  if (!deck) return null;
  return <OpenDeck deck={deck} />;
}

function OpenDeck({ deck }: { deck: NonNullable<ReturnType<typeof parseDeck>> }) {
  const inputs = useSlideInputs(slideNeeds(deck.ids));
  return <Deck deck={deck} inputs={inputs} />;
}
