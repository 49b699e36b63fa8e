import type { Category, Instrument, PledgeStatus } from '../api/pledge-schema';

export const INSTRUMENT_LABELS: Record<Instrument, string> = {
  purl: 'NATO PURL',
  'nato-fund': 'NATO funds (CAP, non-lethal)',
  'bilateral-military': 'Bilateral military',
  'bilateral-civil': 'Bilateral civil',
  'bilateral-mixed': 'Bilateral military + civil',
  'eu-budget': 'EU budget (Ukraine Facility)',
  'eu-loan': 'EU loan (Ukraine Support Loan)',
  'eu-proposal': 'EU proposal (not adopted)',
  'g7-era': 'G7 ERA loans',
};

export const CATEGORY_LABELS: Record<Category, string> = {
  military: 'Military',
  financial: 'Financial',
  humanitarian: 'Humanitarian',
  mixed: 'Military + civil (not split)',
};

export const STATUS_LABELS: Record<PledgeStatus, string> = {
  proposed: 'Proposed',
  planned: 'Planned',
  budgeted: 'Budgeted',
  reported: 'Reported',
  pledged: 'Pledged',
  committed: 'Committed',
  adopted: 'Adopted',
  allocated: 'Allocated',
  disbursed: 'Disbursed',
  'not-adopted': 'Not adopted',
};

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
  return (
    (INSTRUMENT_LABELS as Record<string, string>)[key] ??
    (CATEGORY_LABELS as Record<string, string>)[key] ??
    key
  );
}
