import type { Pledge } from '@/features/pledges/api/pledge-schema';
import type { CountedPledge, PackageIndex } from '@/features/pledges/model/attribution';
import { toEur, type RateTable } from '@/features/pledges/model/convert';
import { donorName } from '@/lib/donors';
import { formatCount, formatMoney } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';

export interface PurlEvent {
  id: string;
  date: string;
  label: string;
  /** "Norway + Germany + Poland, USD 500m, of which Poland USD 100m; USD 400m not attributed ..." */
  description: string;
  amount: number;
  currency: Pledge['currency'];
  /** Face value in EUR at the reference rate. */
  eur: number;
  /** What the event adds to the running total (no double counting), EUR. */
  addsEur: number;
  runningEur: number;
  joint: boolean;
  pledge: Pledge;
}

const joinNames = (codes: readonly string[]) => codes.map(donorName).join(' + ');

/**
 * Describe a joint package with its known shares and what is not attributed to one country, in
 * the interface language (donor names and amounts too).
 */
export function describePackage(pkg: Pledge, index: PackageIndex, rates: RateTable): string {
  const text = messages().purlText;
  const shares = index.shares.get(pkg.id) ?? [];
  const spanning = index.spanning.get(pkg.id) ?? [];
  const parts = [`${joinNames(pkg.donors)}, ${formatMoney(pkg.amount, pkg.currency)}`];
  if (shares.length > 0) {
    parts.push(
      text.ofWhich(
        shares
          .map((s) => `${donorName(s.donors[0] ?? '')} ${formatMoney(s.amount, s.currency)}`)
          .join(', '),
      ),
    );
  }
  const sameCurrency = shares.every((s) => s.currency === pkg.currency);
  let rest: string;
  if (sameCurrency) {
    const remaining = pkg.amount - shares.reduce((sum, s) => sum + s.amount, 0);
    rest =
      remaining > 0
        ? text.notAttributed(formatMoney(remaining, pkg.currency))
        : text.fullyAttributed;
  } else {
    const total = toEur(pkg.amount, pkg.currency, rates) ?? 0;
    const attributed = shares.reduce(
      (sum, s) => sum + (toEur(s.amount, s.currency, rates) ?? 0),
      0,
    );
    const remaining = total - attributed;
    rest =
      remaining > 0.005 * total
        ? text.aboutNotAttributed(formatMoney(remaining, 'EUR'))
        : text.sharesAddUp;
  }
  const described = `${parts.join(', ')}; ${rest}`;
  if (spanning.length === 0) return described;
  const span = spanning
    .map((s) => text.possessive(donorName(s.donors[0] ?? ''), formatMoney(s.amount, s.currency)))
    .join(text.and);
  return `${described}. ${text.spanning(spanning.length, span)}`;
}

/**
 * PURL events in date order with a running total. A joint package is one event; its known shares in
 * the selection are folded into it (their money counted once). Shares whose package is filtered out
 * stand as events of their own.
 */
export function buildPurlTimeline(
  counted: readonly CountedPledge[],
  index: PackageIndex,
  rates: RateTable,
  { describe = true }: { describe?: boolean } = {},
): PurlEvent[] {
  const purl = counted.filter((row) => row.pledge.instrument === 'purl' && row.pledge.announced);
  const packagesInSelection = new Set(
    purl.filter((row) => row.pledge.kind === 'package-total').map((row) => row.pledge.id),
  );
  const foldedAdds = new Map<string, number>();
  for (const row of purl) {
    const pkg = row.pledge.shareOf;
    if (pkg && packagesInSelection.has(pkg))
      foldedAdds.set(pkg, (foldedAdds.get(pkg) ?? 0) + row.countedEur);
  }
  const events = purl
    .filter((row) => !(row.pledge.shareOf && packagesInSelection.has(row.pledge.shareOf)))
    .map((row) => {
      const { pledge } = row;
      const joint = pledge.kind === 'package-total';
      return {
        id: pledge.id,
        date: pledge.announced ?? '',
        label: pledge.label,
        description: describe ? describeEvent(pledge, index, rates) : '',
        amount: pledge.amount,
        currency: pledge.currency,
        eur: row.eur ?? 0,
        addsEur: row.countedEur + (foldedAdds.get(pledge.id) ?? 0),
        runningEur: 0,
        joint,
        pledge,
      };
    })
    // ISO dates and ASCII ids: plain comparison orders them (no locale-aware collation needed).
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
  let running = 0;
  for (const event of events) {
    running += event.addsEur;
    event.runningEur = running;
  }
  return events;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The line under an event: the donor and amount, or for a joint package who paid what. */
function describeEvent(pledge: Pledge, index: PackageIndex, rates: RateTable): string {
  return pledge.kind === 'package-total'
    ? describePackage(pledge, index, rates)
    : `${donorName(pledge.donors[0] ?? '')}, ${formatMoney(pledge.amount, pledge.currency)}`;
}

/** Fills in the descriptions of events built with `describe: false` (only those to be drawn). */
export function describeEvents(
  events: readonly PurlEvent[],
  index: PackageIndex,
  rates: RateTable,
): PurlEvent[] {
  return events.map((event) =>
    event.description
      ? event
      : { ...event, description: describeEvent(event.pledge, index, rates) },
  );
}

/** Above this many events the timeline is drawn per month (aggregate before plotting). */
export const MAX_EVENTS_DRAWN = 120;

/**
 * One event per month: face values and what each month adds are summed, the running total is the
 * month's last. Used when a (large) data set has too many events to draw one bar each.
 */
export function aggregatePurlByMonth(events: readonly PurlEvent[]): PurlEvent[] {
  const months = new Map<string, PurlEvent[]>();
  for (const event of events) {
    const month = event.date.slice(0, 7);
    const list = months.get(month);
    if (list) list.push(event);
    else months.set(month, [event]);
  }
  const text = messages().purlText;
  return [...months.entries()].map(([month, list]) => {
    const last = list[list.length - 1] as PurlEvent;
    const joint = list.filter((e) => e.joint).length;
    const eur = list.reduce((sum, e) => sum + e.eur, 0);
    return {
      ...last,
      id: month,
      date: month,
      label: text.monthLabel(list.length, formatCount(list.length)),
      description: text.monthDescription(formatCount(list.length - joint), formatCount(joint)),
      amount: eur,
      currency: 'EUR' as const,
      eur,
      addsEur: list.reduce((sum, e) => sum + e.addsEur, 0),
      runningEur: last.runningEur,
      joint: joint > 0 && joint === list.length,
    };
  });
}

/**
 * What the timeline draws for a selection: one event per PURL pledge with its description, or, when
 * there are more than MAX_EVENTS_DRAWN, one per month (descriptions are written only for events
 * drawn one by one, not for 100,000 that are summed by month).
 */
export function purlTimelineView(
  counted: readonly CountedPledge[],
  index: PackageIndex,
  rates: RateTable,
): { events: PurlEvent[]; perMonth: boolean } {
  const events = buildPurlTimeline(counted, index, rates, { describe: false });
  const perMonth = events.length > MAX_EVENTS_DRAWN;
  return {
    events: perMonth ? aggregatePurlByMonth(events) : describeEvents(events, index, rates),
    perMonth,
  };
}
