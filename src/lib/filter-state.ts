import type { Category, Instrument } from './pledge-vocabulary';

/** The dashboard's filter, the single source of truth kept in the URL. Empty list = no restriction. */
export interface FilterState {
  /** Donor codes (ISO 3166-1 alpha-3, or EU for EU institutions). */
  donors: string[];
  instruments: Instrument[];
  categories: Category[];
  /** Inclusive month range, YYYY-MM, or null for open. */
  from: string | null;
  to: string | null;
}

/** View options that also live in the URL so that a link reproduces the view. */
export interface ViewOptions {
  /** How the donor bars are split. */
  split: 'instrument' | 'category';
  /** Kiel allocations: EUR bn or % of GDP. */
  kielMeasure: 'eur' | 'gdp';
  /** Donor chart: every donor, national donors only (EU institutions and G7 loans apart), or national as % of GDP. */
  donorScope: 'all' | 'national' | 'gdp';
}

export interface UrlState {
  filters: FilterState;
  view: ViewOptions;
}

export const EMPTY_FILTERS: FilterState = {
  donors: [],
  instruments: [],
  categories: [],
  from: null,
  to: null,
};

export const DEFAULT_VIEW: ViewOptions = {
  split: 'instrument',
  kielMeasure: 'eur',
  donorScope: 'all',
};

/** A URL parameter value that was dropped, with the reason shown to the user. */
export interface IgnoredParam {
  param: string;
  value: string;
  reason: string;
}
