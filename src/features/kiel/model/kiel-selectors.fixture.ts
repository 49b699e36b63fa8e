import type { FilterState } from '@/lib/filter-state';
import type { KielDonorMonth } from './parse-kiel';

/** Test fixture for the Kiel selectors: a donor-month with total = sum of its parts. */
export function row(
  iso: string,
  period: string,
  [military, financial, humanitarian]: [number, number, number],
  gdp: number | null,
  toBeAllocated = 0,
): KielDonorMonth {
  const total = military + financial + humanitarian;
  return {
    country: `${iso} (Kiel name)`,
    iso,
    year: Number(period.slice(0, 4)),
    month: Number(period.slice(5)),
    period,
    total,
    financial,
    humanitarian,
    military,
    commitments: total,
    toBeAllocated,
    gdp,
    pctGdp: gdp === null ? null : (total / gdp) * 100,
  };
}

/** Hand-made rows; the tests' expectations are computed by hand from these numbers. */
export const ROWS: KielDonorMonth[] = [
  row('DEU', '2022-03', [1, 2, 0.5], 4000),
  row('POL', '2022-03', [2, 0, 1], 500),
  row('EU', '2022-04', [0, 10, 0.25], null, -1),
  row('DEU', '2022-05', [3, 0, 0.5], 4000),
  row('TWN', '2022-05', [0.1, 0, 0], null),
  row('POL', '2023-01', [0.5, 0, 0], 500, -0.2),
];

/** A filter with only the given fields set. */
export function filters(partial: Partial<FilterState> = {}): FilterState {
  return { donors: [], instruments: [], categories: [], from: null, to: null, ...partial };
}

/** Round away floating-point noise before comparing sums. */
export const round = (value: number) => Math.round(value * 1e9) / 1e9;
