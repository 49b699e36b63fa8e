import type { NeedEstimate } from '../api/financing-schema';
import { financingText } from '../financing-text';
import { formatOriginal } from './format-bn';

type LabelledEstimate = Pick<
  NeedEstimate,
  'id' | 'shortLabel' | 'amount' | 'currency' | 'qualifier'
>;

/** "Commission EUR 135.7bn" -> "Commission" (the data's short label without its amount). */
function nameFromShortLabel(shortLabel: string): string {
  const name = shortLabel
    .replace(
      /[:,]?\s*(?:(?:about|around|over|more than|at least)\s+)?(?:EUR|USD|GBP|€|\$)\s?[\d.,]+\s?(?:bn|billion|m|million|B|M)?\s*$/i,
      '',
    )
    .trim();
  return name === '' ? shortLabel : name;
}

/**
 * The on-screen label of a need estimate, in the current language, from who made it and its
 * amount in the source's currency: "Commission: €135.7B", "News report: more than €100B" /
 * "Kommission: 135,7 Mrd. €". An estimate without a translated name (a newer data file) keeps the
 * name part of the data's short label.
 */
export function estimateLabel(estimate: LabelledEstimate): string {
  const t = financingText();
  const names: Partial<Record<string, string>> = t.estimateNames;
  const name = names[estimate.id] ?? nameFromShortLabel(estimate.shortLabel);
  const amount = formatOriginal(estimate.amount, estimate.currency);
  const qualified =
    estimate.qualifier === 'exact' ? amount : t.estimateQualified[estimate.qualifier](amount);
  return t.estimateLabel(name, qualified);
}
