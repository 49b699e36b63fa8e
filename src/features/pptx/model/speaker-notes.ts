import type { SlideInputs, SlideModel } from '@/features/briefing';
import { formatSourceDate } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
import { pptxText } from '../pptx-text';
import { disputedFigures, slideSourceList, type SourceRef } from './slide-facts';

/**
 * A slide's speaker notes: the takeaway and its caveats (what the chart leaves out, counting
 * rules, disputed figures with both values and sources, conversions, as-of), and every source.
 * One model for the PowerPoint export's notes and the deck's presenter view and handout.
 */
export interface SpeakerNotes {
  takeaway: string;
  units: string;
  asOf: string;
  caveats: string[];
  sources: SourceRef[];
}

/** Slides counting pledges: their notes state the counting rules. */
const COUNTS_PLEDGES = new Set(['pledges-by-donor', 'purl-timeline']);

/**
 * The notes of `model` (built from `inputs`). `extra` adds caveats of one medium (how the
 * PowerPoint chart differs from the page's); `disputed` passes figures already computed.
 */
export function slideSpeakerNotes(
  model: SlideModel,
  inputs: SlideInputs,
  extra: readonly string[] = [],
  disputed: readonly string[] = disputedFigures(model.id, inputs),
): SpeakerNotes {
  const N = pptxText().notes;
  return {
    takeaway: model.takeaway,
    units: model.units,
    asOf: model.asOf,
    caveats: [
      model.note,
      ...(COUNTS_PLEDGES.has(model.id) ? [N.countingRules] : []),
      ...disputed,
      ...extra,
    ].filter((line) => line !== ''),
    sources: slideSourceList(model.id, inputs),
  };
}

/** " (date) [reliability]" after a source's title (low-reliability outlets flagged). */
export function sourceSuffix(source: SourceRef): string {
  const date = source.date ? ` (${formatSourceDate(source.date)})` : '';
  const quality = source.reliability
    ? ` [${messages().source.reliability[source.reliability]}]`
    : '';
  return `${date}${quality}`;
}
