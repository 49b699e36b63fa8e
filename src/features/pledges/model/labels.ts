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
 * Colour-blind-safe palette (Okabe-Ito order, yellow avoided: it vanishes on projectors).
 * Colour is never the only cue: legends, labels and tables carry the same information.
 */
export const SERIES_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#000000',
  '#8C6D31',
  '#999999',
];

export const SPLIT_COLOURS: Record<string, string> = {
  purl: '#0072B2',
  'bilateral-military': '#D55E00',
  'nato-fund': '#56B4E9',
  'bilateral-civil': '#009E73',
  'bilateral-mixed': '#CC79A7',
  'eu-budget': '#E69F00',
  'eu-loan': '#8C6D31',
  'eu-proposal': '#999999',
  'g7-era': '#000000',
  military: '#0072B2',
  financial: '#E69F00',
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
