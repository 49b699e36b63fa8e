import { formatMonth, formatNumber, formatSourceDate } from '@/lib/format';
import { gapText } from '../gap-text';
import type { CoverageStatus } from '../api/financing-schema';
import { formatEurBn } from './format-bn';
import type { EuFramingView, GapReading, GapReadings } from './gap-readings';
import { statusLabels } from './status-style';

/** The sentences every view of the gap carries: page, slide, takeaway and exports. */
export interface GapSummary {
  /** The EU's own arithmetic (need = EU share + partners' share), when the data gives it. */
  framing: string | null;
  /** Partners' money listed against their share, when the EU framing applies. */
  partners: string | null;
  /** The gap after each step of certainty, in the reading the source supports. */
  steps: string;
  /** The counting rule: which reading, the proration, the scope of the coverage. */
  rule: string;
  /** One sentence for the slide and the chart's description. */
  takeaway: string;
}

/** "€40.2B", or "covered, €5.5B to spare" for a negative gap; "at least" for a lower bound. */
export function gapAmount(gapEur: number, lowerBound: boolean): string {
  const t = gapText();
  if (gapEur < 0) return (lowerBound ? t.spareAtBound : t.spare)(formatEurBn(-gapEur));
  return `${lowerBound ? `${t.lowerBoundWord} ` : ''}${formatEurBn(gapEur)}`;
}

export function stepsSentence(r: GapReading, lowerBound: boolean): string {
  const t = gapText();
  const labels: Record<CoverageStatus, string> = statusLabels();
  return `${t.stepsLead} ${r.steps
    .map((s) => t.step(labels[s.status], gapAmount(s.gapEur, lowerBound)))
    .join('; ')}.`;
}

export function gapSummary(
  readings: GapReadings,
  framing: EuFramingView | null,
  estimateLabel: string,
): GapSummary {
  const t = gapText();
  const since = formatSourceDate(readings.netBefore);
  const bound = readings.needIsLowerBound;
  const window = `${formatMonth(readings.window.from)}–${formatMonth(readings.window.to)}`;
  const primary = readings[readings.primary];
  const other = readings.primary === 'net' ? readings.gross : readings.net;
  const reading = readings.netStated
    ? t.ruleNetStated(estimateLabel, since, gapAmount(readings.gross.gapEur, bound))
    : t.ruleUnstated(
        estimateLabel,
        since,
        gapAmount(readings.gross.gapEur, bound),
        gapAmount(readings.net.gapEur, bound),
      );
  const rule = [reading, t.ruleProrate(window), t.ruleScope, bound ? t.lowerBound : '']
    .filter((s) => s !== '')
    .join(' ');
  const need = formatEurBn(readings.needEur ?? 0);
  if (readings.needEur === null) {
    return {
      framing: null,
      partners: null,
      steps: '',
      rule,
      takeaway: t.takeawayNoRate(estimateLabel),
    };
  }
  return {
    framing: framing
      ? t.framing(
          need,
          formatEurBn(framing.euEur),
          t.percent(formatNumber(framing.euShare * 100, 0)),
          formatEurBn(framing.partnersEur),
        )
      : null,
    partners: framing
      ? t.partners(
          since,
          formatEurBn(framing.partnersListedEur),
          framing.partnerLines.length,
          gapAmount(framing.partnersUnmatchedEur, bound),
        )
      : null,
    steps: stepsSentence(primary, bound),
    rule,
    takeaway: framing
      ? t.takeawayFraming(
          need,
          since,
          formatEurBn(framing.euEur),
          formatEurBn(framing.partnersListedEur),
          gapAmount(framing.partnersUnmatchedEur, bound),
        )
      : t.takeawayReadings(
          `${bound ? `${t.lowerBoundWord} ` : ''}${need}`,
          t.readingNames[primary.id],
          gapAmount(primary.gapEur, bound),
          t.readingNames[other.id],
          gapAmount(other.gapEur, bound),
        ),
  };
}
