/**
 * The pledge list's instruments and categories: the schema (src/features/pledges/api/pledge-schema.ts)
 * validates against them, and the filter state (filter-state.ts) and several features name them.
 */
export const instrumentValues = [
  'purl',
  'nato-fund',
  'bilateral-military',
  'bilateral-civil',
  'bilateral-mixed',
  'eu-budget',
  'eu-loan',
  'eu-proposal',
  'g7-era',
] as const;

export const categoryValues = ['military', 'financial', 'humanitarian', 'mixed'] as const;

export type Instrument = (typeof instrumentValues)[number];
export type Category = (typeof categoryValues)[number];
