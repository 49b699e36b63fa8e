import { type RateTable, disputedFigures, type DisputedFigure } from '@/features/pledges';
import type { PurlEvent } from './purl-timeline';

/** The disputed figures among the drawn events (an event drawn per month: the month's last one). */
export function purlDisputes(
  events: readonly PurlEvent[],
  rates: RateTable,
): { figures: DisputedFigure[]; ids: ReadonlySet<string> } {
  const figures = disputedFigures(
    events.map((event) => event.pledge),
    rates,
  );
  const disputedPledges = new Set(figures.map((figure) => figure.id));
  return {
    figures,
    ids: new Set(events.filter((e) => disputedPledges.has(e.pledge.id)).map((e) => e.id)),
  };
}
