import type { SlideModel } from '@/features/briefing';
import type { SpeakerNotes } from '@/features/pptx';

/** A handout page's content height: A4 landscape (210 mm) less 8 mm margins, 190 mm at 96 dpi. */
export const HANDOUT_PAGE_PX = 718;
export const HANDOUT_CHART_MAX = 300;
export const HANDOUT_CHART_MIN = 190;

/** Printed lines of `text` in a line of `chars` characters (at least one). */
const lines = (text: string, chars: number) => Math.max(1, Math.ceil(text.length / chars));

/**
 * The chart height of a handout page, so that the slide and its speaker notes (two columns of
 * 10 px type, print CSS in briefing.css) fit on one page: the text's height estimated from its
 * length at the print stylesheet's sizes, the rest of the page for the chart, between
 * HANDOUT_CHART_MIN and HANDOUT_CHART_MAX. Should the estimate fall short, the page grows (it is
 * never cut) and the notes continue on the next sheet.
 */
export function handoutChartHeight(slide: SlideModel, notes: SpeakerNotes): number {
  const slideText =
    46 + // title (30 px type)
    lines(slide.takeaway, 80) * 26 +
    lines(`${slide.units}. ${slide.filterSummary}`, 140) * 17 +
    lines(slide.legend.map((item) => item.label).join('    '), 140) * 17 +
    lines(`${slide.source.text} ${slide.asOf}`, 140) * 17 +
    5 * 6; // gaps
  const noteLines = [
    notes.takeaway,
    `${notes.units} ${notes.asOf}`,
    'heading',
    ...notes.caveats,
  ].reduce((sum, text) => sum + lines(text, 80) + 0.25, 0);
  const notesHeight = 36 + Math.ceil(noteLines / 2) * 12.5;
  const free = HANDOUT_PAGE_PX - 24 - slideText - notesHeight;
  return Math.round(Math.min(HANDOUT_CHART_MAX, Math.max(HANDOUT_CHART_MIN, free)));
}
