import type { DonorAllocations, KielMeasure, MonthAllocation } from '@/features/kiel';
import { JOINT_KEY, type DonorAggregate } from '@/features/pledges';
import type { PurlEvent } from '@/features/purl';
import { donorName } from '@/lib/donors';
import {
  formatCount,
  formatMoney,
  formatMonth,
  formatNumber,
  formatSourceDate,
} from '@/lib/format';
import { BRIEFING_TEXT } from '../briefing-text';
import { joinWords } from './join-words';

/**
 * One sentence per chart, computed from the same selector output the chart draws. Pure: the
 * slide, the export and the embed all say the same thing for the same filter. The wording is in
 * briefing-text.ts (English) and briefing-text-de.ts, read at each call (current language).
 */

const text = () => BRIEFING_TEXT.explorer;

/** "68%" / "68 %". */
const percentText = (value: number, decimals: number) =>
  text().percent(formatNumber(value, decimals));

const percent = (part: number, whole: number) =>
  whole > 0 ? percentText((part / whole) * 100, 0) : '–';

/** Kiel figures are EUR billion already; shown like every other amount ("€115B" / "115 Mrd. €"). */
const eurBn = (value: number) => formatMoney(value * 1e9, 'EUR');

export function pledgesByDonorTakeaway(byDonor: DonorAggregate): string {
  const T = text();
  if (byDonor.bars.length === 0 || byDonor.totalEur <= 0) return T.noPledges;
  const named = byDonor.bars.filter((bar) => bar.donor !== JOINT_KEY);
  const joint = byDonor.bars.find((bar) => bar.donor === JOINT_KEY);
  const total = formatMoney(byDonor.totalEur, 'EUR');
  const top = named[0];
  if (!top) return T.onlyJoint(total);
  const jointText = joint ? T.jointPart(formatMoney(joint.totalEur, 'EUR')) : '';
  if (named.length === 1) {
    return T.oneDonor(donorName(top.donor), formatMoney(top.totalEur, 'EUR'), jointText);
  }
  return T.leadingDonor(
    donorName(top.donor),
    formatMoney(top.totalEur, 'EUR'),
    percent(top.totalEur, byDonor.totalEur),
    total,
    formatCount(named.length),
    jointText,
  );
}

/**
 * The PURL slide's headline. With a donor filter it speaks of the selected donors' own pledges
 * only: a joint package with donors outside the filter is counted apart, never made the headline
 * (Poland, Norway and Germany selected used to headline a Netherlands/UK/Norway/Sweden package).
 */
export function purlTimelineTakeaway(
  events: readonly PurlEvent[],
  perMonth: boolean,
  donors: readonly string[] = [],
): string {
  const T = text();
  const last = events.at(-1);
  if (!last) return T.noPurl;
  if (!perMonth && donors.length > 0) return selectedDonorsPurl(events, donors);
  const running = formatMoney(last.runningEur, 'EUR');
  if (perMonth) return T.purlLatestMonth(formatMonth(last.date), last.label, running);
  const who = joinWords(last.pledge.donors.map((code) => donorName(code)));
  const count = events.length === 1 ? T.purlOnly : T.purlLatestOf(formatCount(events.length));
  return T.purlLatest(
    who,
    formatMoney(last.amount, last.currency),
    formatSourceDate(last.date),
    count,
    running,
  );
}

function selectedDonorsPurl(events: readonly PurlEvent[], donors: readonly string[]): string {
  const T = text();
  const selected = new Set(donors);
  const own = events.filter((event) => event.pledge.donors.every((code) => selected.has(code)));
  const jointCount = events.length - own.length;
  const last = own.at(-1);
  if (!last) {
    const inJoint = donors.filter((code) => events.some((e) => e.pledge.donors.includes(code)));
    return T.purlAllJoint(joinWords(inJoint.map(donorName)), formatCount(jointCount));
  }
  const count = own.length === 1 ? T.purlOnly : T.purlLatestOf(formatCount(own.length));
  const ownEur = own.reduce((sum, event) => sum + event.addsEur, 0);
  return (
    T.purlOwnLatest(
      joinWords(last.pledge.donors.map((code) => donorName(code))),
      formatMoney(last.amount, last.currency),
      formatSourceDate(last.date),
      count,
      formatMoney(ownEur, 'EUR'),
    ) + (jointCount > 0 ? T.purlJointApart(formatCount(jointCount)) : '')
  );
}

export function kielAllocationsTakeaway(view: DonorAllocations, measure: KielMeasure): string {
  const T = text();
  const top = view.rows[0];
  if (!top || top.total <= 0) return T.noKiel;
  const count = formatCount(view.rows.length);
  if (measure === 'gdp') {
    return T.kielGdpLead(
      top.name,
      percentText(top.total, 2),
      count,
      percentText(view.totals.total, 2),
    );
  }
  if (view.rows.length === 1) return T.kielOneDonor(top.name, eurBn(top.total));
  return T.kielLead(
    top.name,
    eurBn(top.total),
    percent(top.total, view.totals.total),
    eurBn(view.totals.total),
    count,
  );
}

export function kielMonthlyTakeaway(months: readonly MonthAllocation[]): string {
  const T = text();
  const largest = months.reduce<MonthAllocation | null>(
    (best, month) => (best === null || month.total > best.total ? month : best),
    null,
  );
  const last = months.at(-1);
  if (!largest || !last || largest.total <= 0) return T.noKiel;
  const latest =
    last.period === largest.period
      ? T.kielLargestIsLatest
      : T.kielLatestMonth(formatMonth(last.period), eurBn(last.total));
  return T.kielLargestMonth(formatMonth(largest.period), eurBn(largest.total), latest);
}
