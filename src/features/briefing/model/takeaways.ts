import type {
  DonorAllocations,
  KielMeasure,
  MonthAllocation,
} from '@/features/kiel/model/kiel-selectors';
import { JOINT_KEY, type DonorAggregate } from '@/features/pledges/model/aggregate-by-donor';
import type { PurlEvent } from '@/features/purl/model/purl-timeline';
import { donorName } from '@/lib/donors';
import {
  formatCount,
  formatMoney,
  formatMonth,
  formatNumber,
  formatSourceDate,
} from '@/lib/format';
import { joinWords } from './join-words';

/**
 * One sentence per chart, computed from the same selector output the chart draws. Pure: the
 * slide, the export and the embed all say the same thing for the same filter.
 */

const percent = (part: number, whole: number) =>
  whole > 0 ? `${formatNumber((part / whole) * 100, 0)}%` : '–';

/** Kiel figures are EUR billion already; shown like every other amount ("€115B"). */
const eurBn = (value: number) => formatMoney(value * 1e9, 'EUR');

export function pledgesByDonorTakeaway(byDonor: DonorAggregate): string {
  if (byDonor.bars.length === 0 || byDonor.totalEur <= 0) return 'No pledges match this filter.';
  const named = byDonor.bars.filter((bar) => bar.donor !== JOINT_KEY);
  const joint = byDonor.bars.find((bar) => bar.donor === JOINT_KEY);
  const total = formatMoney(byDonor.totalEur, 'EUR');
  const top = named[0];
  if (!top) return `${total} counted, all in joint packages not attributed to one country.`;
  const jointText = joint
    ? `; ${formatMoney(joint.totalEur, 'EUR')} of joint packages not attributed to one country`
    : '';
  if (named.length === 1) {
    return `${donorName(top.donor)}: ${formatMoney(top.totalEur, 'EUR')} counted${jointText}.`;
  }
  return `${donorName(top.donor)} leads with ${formatMoney(top.totalEur, 'EUR')}, ${percent(
    top.totalEur,
    byDonor.totalEur,
  )} of the ${total} counted for ${formatCount(named.length)} donors${jointText}.`;
}

export function purlTimelineTakeaway(events: readonly PurlEvent[], perMonth: boolean): string {
  const last = events.at(-1);
  if (!last) return 'No PURL pledges match this filter.';
  const running = formatMoney(last.runningEur, 'EUR');
  if (perMonth) {
    return `Latest month ${formatMonth(last.date)}: ${last.label}; ${running} in total, every euro counted once.`;
  }
  const who = joinWords(last.pledge.donors.map((code) => donorName(code)));
  const count =
    events.length === 1 ? 'the only one' : `the latest of ${formatCount(events.length)}`;
  return `${who}: ${formatMoney(last.amount, last.currency)} via PURL on ${formatSourceDate(
    last.date,
  )}, ${count}; ${running} in total, every euro counted once.`;
}

export function kielAllocationsTakeaway(view: DonorAllocations, measure: KielMeasure): string {
  const top = view.rows[0];
  if (!top || top.total <= 0) return 'No Kiel tracker allocations match this filter.';
  const count = formatCount(view.rows.length);
  if (measure === 'gdp') {
    return `${top.name} gives the most relative to its economy: ${formatNumber(top.total, 2)}% of GDP; the ${count} donors together ${formatNumber(view.totals.total, 2)}% of their combined GDP.`;
  }
  if (view.rows.length === 1) return `${top.name} allocated ${eurBn(top.total)}.`;
  return `${top.name} allocated the most: ${eurBn(top.total)}, ${percent(
    top.total,
    view.totals.total,
  )} of the ${eurBn(view.totals.total)} allocated by the ${count} donors shown.`;
}

export function kielMonthlyTakeaway(months: readonly MonthAllocation[]): string {
  const largest = months.reduce<MonthAllocation | null>(
    (best, month) => (best === null || month.total > best.total ? month : best),
    null,
  );
  const last = months.at(-1);
  if (!largest || !last || largest.total <= 0)
    return 'No Kiel tracker allocations match this filter.';
  const latest =
    last.period === largest.period
      ? 'which is also the latest month'
      : `latest month ${formatMonth(last.period)}: ${eurBn(last.total)}`;
  return `Largest month: ${formatMonth(largest.period)} with ${eurBn(largest.total)}; ${latest}.`;
}
