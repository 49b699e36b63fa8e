import type { Texture } from '@/components/series-texture';
import type { Category, Instrument, PledgeStatus } from '../api/pledge-schema';
import { messages } from '@/lib/i18n/messages';

/** English labels (kept for code that names them directly); the screen uses the functions below. */
export const INSTRUMENT_LABELS: Record<Instrument, string> = messages('en').labels.instruments;
export const CATEGORY_LABELS: Record<Category, string> = messages('en').labels.categories;
export const STATUS_LABELS: Record<PledgeStatus, string> = messages('en').labels.statuses;

/** Labels in the interface language. */
export function instrumentLabels(): Record<Instrument, string> {
  return messages().labels.instruments;
}
export function categoryLabels(): Record<Category, string> {
  return messages().labels.categories;
}
export function statusLabels(): Record<PledgeStatus, string> {
  return messages().labels.statuses;
}

/**
 * Colour-blind-safe palette: Okabe-Ito where its colours reach 3:1 against white (blue,
 * vermillion, bluish green, reddish purple, black), darker additions for the rest (light
 * Okabe-Ito orange, sky blue and yellow fade on projectors and fail 3:1). Every pair stays at
 * least CIEDE2000 10 apart under protanopia, deuteranopia and tritanopia
 * (src/lib/colour-checks.test.ts). Colour is never the only cue: legends, labels and tables
 * carry the same information.
 */
export const SERIES_COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#9977FF',
  '#BB1188',
  '#AA0000',
  '#555555',
  '#000000',
];

export const SPLIT_COLOURS: Record<string, string> = {
  purl: '#0072B2',
  'bilateral-military': '#D55E00',
  'nato-fund': '#9977FF',
  'bilateral-civil': '#009E73',
  'bilateral-mixed': '#CC79A7',
  'eu-budget': '#BB1188',
  'eu-loan': '#AA0000',
  'eu-proposal': '#555555',
  'g7-era': '#000000',
  military: '#0072B2',
  financial: '#D55E00',
  humanitarian: '#009E73',
  mixed: '#CC79A7',
};

export function splitLabel(key: string): string {
  const { instruments, categories } = messages().labels;
  return (
    (instruments as Record<string, string>)[key] ??
    (categories as Record<string, string>)[key] ??
    key
  );
}

/**
 * The second cue beside colour (series-texture.tsx): no two series of one split share a texture,
 * so the bars, legend and tooltip stay apart in greyscale and on a washed-out projector.
 */
export const SPLIT_TEXTURES: Record<string, Texture> = {
  purl: 'solid',
  'bilateral-military': 'horizontal',
  'nato-fund': 'dots',
  'bilateral-civil': 'vertical',
  'bilateral-mixed': 'crosshatch',
  'eu-budget': 'zigzag',
  'eu-loan': 'grid',
  'eu-proposal': 'triangle',
  'g7-era': 'star',
  military: 'solid',
  financial: 'horizontal',
  humanitarian: 'dots',
  mixed: 'crosshatch',
};
