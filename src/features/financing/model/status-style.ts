import { financingText } from '../financing-text';
import type { CoverageStatus } from '../api/financing-schema';

/** English status labels (kept for the briefing slides); components use `statusLabels()`. */
export const STATUS_LABELS: Record<CoverageStatus, string> = financingText('en').statuses;

/** The status labels in the current locale. */
export function statusLabels(): Record<CoverageStatus, string> {
  return financingText().statuses;
}

/** What each status means on this page (shown in the legend's notes). */
export const STATUS_MEANING: Record<CoverageStatus, string> = {
  disbursed: 'paid out',
  decided: 'adopted or budgeted, not yet paid',
  pledged: 'announced or planned by a government',
  proposed: 'proposed, not yet decided',
};

/**
 * Okabe-Ito colours (3:1 against white, colour-blind safe, as the explorer's palette); each status
 * also has its own texture (solid, crosshatch, diagonal, dots) and a label, so colour is never
 * the only cue.
 */
export const STATUS_COLOURS: Record<CoverageStatus, string> = {
  disbursed: '#0072B2',
  decided: '#009E73',
  pledged: '#D55E00',
  proposed: '#CC79A7',
};
export const NEED_COLOUR = '#555555';
export const GAP_COLOUR = '#AA0000';
