import type { KielDonorMonth } from '@/features/kiel';

/** A Kiel donor-month for tests; fields not given are plain defaults. */
export function kielFixtureRow(over: Partial<KielDonorMonth>): KielDonorMonth {
  return {
    country: 'Germany',
    iso: 'DEU',
    year: 2025,
    month: 1,
    period: '2025-01',
    total: 1,
    financial: 0,
    humanitarian: 0,
    military: 1,
    commitments: null,
    toBeAllocated: null,
    gdp: null,
    pctGdp: null,
    ...over,
  };
}
