import {
  pledgeLabel,
  type Pledge,
  type CountedPledge,
  type PackageIndex,
  type PledgeSelection,
  type PreparedPledges,
  toEur,
  type RateTable,
} from '@/features/pledges';
import { foldedShares, monthsOfRows, packagesAmong, purlRowNumbers } from './purl-row-months';
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
 * Of a selection's dated PURL rows, those that stand as events, and what each adds: a joint package
 * is one event, and its known shares in the selection are folded into it (their money counted
 * once). Shares whose package is filtered out stand as events of their own.
 */
function purlEventRows(purl: readonly CountedPledge[]) {
  const packagesInSelection = new Set(
    purl.filter((row) => row.pledge.kind === 'package-total').map((row) => row.pledge.id),
  );
  const foldedAdds = new Map<string, number>();
  for (const row of purl) {
    const pkg = row.pledge.shareOf;
    if (pkg && packagesInSelection.has(pkg))
      foldedAdds.set(pkg, (foldedAdds.get(pkg) ?? 0) + row.countedEur);
  }
  return {
    rows: purl.filter(
      (row) => !(row.pledge.shareOf && packagesInSelection.has(row.pledge.shareOf)),
    ),
    addsOf: (row: CountedPledge) => row.countedEur + (foldedAdds.get(row.pledge.id) ?? 0),
  };
}

/** PURL events in date order with a running total (see purlEventRows for what is one event). */
export function buildPurlTimeline(
  counted: readonly CountedPledge[],
  index: PackageIndex,
  rates: RateTable,
): PurlEvent[] {
  const purl = counted.filter((row) => row.pledge.instrument === 'purl' && row.pledge.announced);
  return eventsOf(purlEventRows(purl), index, rates);
}

/** One described event per row (see purlEventRows), in date order, with the running total. */
function eventsOf(
  { rows, addsOf }: ReturnType<typeof purlEventRows>,
  index: PackageIndex,
  rates: RateTable,
): PurlEvent[] {
  const events = rows
    .map((row) => {
      const { pledge } = row;
      const joint = pledge.kind === 'package-total';
      return {
        id: pledge.id,
        date: pledge.announced ?? '',
        label: pledgeLabel(pledge),
        description: describeEvent(pledge, index, rates),
        amount: pledge.amount,
        currency: pledge.currency,
        eur: row.eur ?? 0,
        addsEur: addsOf(row),
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

/** Above this many events the timeline is drawn per month (aggregate before plotting). */
export const MAX_EVENTS_DRAWN = 120;

/** What a month's bar needs of each event in it. */
interface MonthPart {
  date: string;
  id: string;
  eur: number;
  addsEur: number;
  joint: boolean;
  pledge: Pledge;
}

/**
 * One event per month: face values and what each month adds are summed, the running total is the
 * total at the month's end, and the month keeps its last event's pledge. `parts` may come in any
 * order: only the months are put in order (a month is a prefix of its ISO dates).
 */
function eventsByMonth<T>(parts: readonly T[], read: (part: T) => MonthPart): PurlEvent[] {
  const months = new Map<
    string,
    { count: number; joint: number; eur: number; adds: number; last: MonthPart }
  >();
  for (const part of parts) {
    const item = read(part);
    const key = item.date.slice(0, 7);
    const month = months.get(key);
    if (!month) {
      months.set(key, {
        count: 1,
        joint: item.joint ? 1 : 0,
        eur: item.eur,
        adds: item.addsEur,
        last: item,
      });
      continue;
    }
    month.count += 1;
    if (item.joint) month.joint += 1;
    month.eur += item.eur;
    month.adds += item.addsEur;
    if ((compareText(item.date, month.last.date) || compareText(item.id, month.last.id)) > 0) {
      month.last = item;
    }
  }
  const text = messages().purlText;
  let running = 0;
  return [...months]
    .sort(([a], [b]) => compareText(a, b))
    .map(([key, month]) => {
      running += month.adds;
      return {
        id: key,
        date: key,
        label: text.monthLabel(month.count, formatCount(month.count)),
        description: text.monthDescription(
          formatCount(month.count - month.joint),
          formatCount(month.joint),
        ),
        amount: month.eur,
        currency: 'EUR' as const,
        eur: month.eur,
        addsEur: month.adds,
        runningEur: running,
        joint: month.joint > 0 && month.joint === month.count,
        pledge: month.last.pledge,
      };
    });
}

/** Events summed by month (aggregate before plotting), for data sets with too many to draw. */
export function aggregatePurlByMonth(events: readonly PurlEvent[]): PurlEvent[] {
  return eventsByMonth(events, (event) => event);
}

/**
 * What the timeline draws for a selection: one event per PURL pledge with its description, or, when
 * there are more than MAX_EVENTS_DRAWN, one per month (descriptions are written only for events
 * drawn one by one, not for 100,000 that are summed by month).
 */
export function purlTimelineView(
  selection: PledgeSelection,
  prepared: Pick<PreparedPledges, 'columns' | 'index' | 'rates'>,
): { events: PurlEvent[]; perMonth: boolean } {
  const { columns, index, rates } = prepared;
  const picked = purlRowNumbers(selection, columns);
  const packages = packagesAmong(picked, columns);
  const folded = foldedShares(picked, columns, packages, selection);
  if (picked.length - folded.rows <= MAX_EVENTS_DRAWN) {
    const events = purlEventRows(Array.from(picked, (row) => selection.countedAt(row)));
    return { events: eventsOf(events, index, rates), perMonth: false };
  }
  return { events: monthsOfRows(picked, columns, selection, folded), perMonth: true };
}

