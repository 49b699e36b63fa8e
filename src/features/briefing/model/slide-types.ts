import type { ReactNode } from 'react';
import type { EuOptionsData, CalculatorParam, GdpTable } from '@/features/eu-options';
import type { FinancingData } from '@/features/financing';
import type { FxRates } from '@/lib/fx-schema';
import type { FilterState, ViewOptions } from '@/lib/filter-state';
import type { KielDonorMonth, KielReleaseInfo } from '@/features/kiel';
import type { PledgeView, PreparedPledges } from '@/features/pledges';
import type { PurlEvent } from '@/features/purl';

/** Colours of a chart drawn outside the page (an export) or inside it (CSS variables). */
export interface ChartPalette {
  text: string;
  muted: string;
  grid: string;
  /** The running-total line and other strokes drawn in the text colour. */
  line: string;
  lineWidth: number;
}

/** A fixed canonical size: charts get explicit width and height, never a responsive box. */
export interface ChartSize {
  width: number;
  height: number;
  /** Tick and label size in px. */
  fontSize: number;
  palette: ChartPalette;
  /** The slide lists its numbered key beside the chart (the deck): the chart draws none. */
  keyOutside?: boolean;
  /**
   * The least type size of any chart text (the theme's chart text size on screen): text a chart
   * sets smaller than its ticks (panel titles, a key) stays at or above it.
   */
  minFontSize?: number;
}

export interface LegendItem {
  label: string;
  colour: string;
  hatched?: boolean;
  /** Drawn as a line, not a box. */
  line?: boolean;
  /** A line drawn dashed (as the chart draws it). */
  dashed?: boolean;
}

/** The chart's numbers as a table of plain values (numbers unformatted). */
export interface CsvTable {
  /** Each header names its column's one unit, e.g. "Total (EUR million)". */
  columns: string[];
  rows: (string | number)[][];
  /** Decimals each numeric column is rounded to (CSV_DEFAULT_DECIMALS where not given). */
  decimals?: readonly (number | undefined)[];
}

/** One chart, ready to draw anywhere: slide, export, embed. */
export interface SlideModel {
  id: string;
  title: string;
  units: string;
  /** One sentence computed from the numbers the chart draws. */
  takeaway: string;
  /** What the view is filtered to, in words. */
  filterSummary: string;
  legend: LegendItem[];
  /**
   * A key to numbers drawn in the chart (the PURL packages' donors). The chart draws it itself
   * unless ChartSize.keyOutside; the deck's screen lists it as text beside the chart instead.
   */
  numberedKey?: LegendItem[];
  csv: CsvTable;
  source: { text: string; url: string | null };
  /** Already formatted, e.g. "3 Dec 2025". */
  asOf: string;
  /** Conversion and caveats (e.g. which exchange rates). */
  note: string;
  /**
   * The note condensed to a line for the deck's screen, where the full note is in the speaker
   * notes; absent when the note is short enough to show as it is.
   */
  shortNote?: string;
  /** True when nothing matches the filter (the chart area says so). */
  empty: boolean;
  renderChart: (size: ChartSize) => ReactNode;
}

export interface PledgeSlideData {
  prepared: PreparedPledges;
  fxNote: string;
  view: PledgeView;
  events: PurlEvent[];
  eventsPerMonth: boolean;
}

export interface KielSlideData {
  rows: readonly KielDonorMonth[];
  release: KielReleaseInfo | null;
}

/** financing.json, the reference rates and the `need` URL parameter (the page's estimate). */
export interface FinancingSlideData {
  data: FinancingData;
  fx: FxRates;
  needParam: string | null;
}

/** eu-options.json, the GDP key (Kiel data explorer) and the calculator's URL parameters. */
export interface EuOptionsSlideData {
  data: EuOptionsData;
  /** Null until the GDP table is loaded (only the scenario slide waits for it). */
  gdp: GdpTable | null;
  params: Record<CalculatorParam, string | null>;
}

/** A data set a slide needs: loaded, still loading, or failed (with what failed). */
export type Loadable<T> =
  { status: 'ready'; data: T } | { status: 'pending' } | { status: 'error'; what: string };

/** Everything slides are built from: the view's filters and options and the loaded data. */
export interface SlideInputs {
  filters: FilterState;
  view: ViewOptions;
  pledges: Loadable<PledgeSlideData>;
  kiel: Loadable<KielSlideData>;
  financing: Loadable<FinancingSlideData>;
  euOptions: Loadable<EuOptionsSlideData>;
  /** eu-options.json together with the GDP key: the scenario calculator's data. */
  scenario: Loadable<EuOptionsSlideData>;
}

export type DataSetName = 'pledges' | 'kiel' | 'financing' | 'euOptions' | 'scenario';

/**
 * One entry per chart. A new chart (e.g. the financing page's) is one more entry in
 * slides/slide-registry.ts: its id, the page it belongs to, the data it needs and `build`.
 */
export interface SlideDefinition {
  id: string;
  title: string;
  /** The page whose default deck includes it (`page` URL parameter; explorer when absent). */
  page: string;
  /** The id of the on-screen ChartFrame showing the same chart. */
  frameId: string;
  needs: DataSetName;
  build: (inputs: SlideInputs) => SlideModel;
}
