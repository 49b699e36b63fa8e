import type { Instrument } from '../api/pledge-schema';

/**
 * Kinds of money that can be added up with each other: the headline gives one total per family,
 * never one total across them (an EU loan for 2026-27, a 2024 G7 loan, a national annual budget
 * and a single PURL package are not like for like).
 */
export const familyValues = ['eu', 'g7-era', 'national', 'purl', 'nato-fund'] as const;
export type InstrumentFamily = (typeof familyValues)[number];

export const FAMILY_OF: Record<Instrument, InstrumentFamily> = {
  'eu-budget': 'eu',
  'eu-loan': 'eu',
  'eu-proposal': 'eu',
  'g7-era': 'g7-era',
  'bilateral-military': 'national',
  'bilateral-civil': 'national',
  'bilateral-mixed': 'national',
  purl: 'purl',
  'nato-fund': 'nato-fund',
};

/** One family's total under the filter, and the announcement dates of its counted lines. */
export interface FamilyTotal {
  family: InstrumentFamily;
  totalEur: number;
  lineCount: number;
  /** Earliest and latest announcement (YYYY-MM or YYYY-MM-DD) of the lines counted; null undated. */
  from: string | null;
  to: string | null;
}
