import {
  requireReady,
  topAndRest,
  BRIEFING_TEXT,
  FINANCING_SLIDE_TEXT,
  fundingGapSlideView,
  type SlideInputs,
} from '@/features/briefing';
import {
  coverageStatusValues,
  estimateLabel,
  gapText,
  GAP_COLOUR,
  NEED_COLOUR,
  STATUS_COLOURS,
  statusLabels,
} from '@/features/financing';
import {
  KIEL_COLOURS,
  kielLabels,
  kielText,
  allocationsByDonor,
  monthlyAllocations,
  selectedCategories,
} from '@/features/kiel';
import { JOINT_KEY, SPLIT_COLOURS, splitLabel } from '@/features/pledges';
import { PURL_COLOURS, purlChartText } from '@/features/purl';
import { donorName } from '@/lib/donors';
import { formatMonth, formatSourceDate } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
import { pptxText } from '../pptx-text';

/** One series of a native chart: its name in the legend, a value per category, its colour. */
export interface NativeSeries {
  name: string;
  values: number[];
  /** #RRGGBB, as on screen. */
  colour: string;
}

/**
 * A chart PowerPoint draws itself from editable data: stacked bars (horizontal or vertical),
 * optionally with a line on a second value axis (the PURL running total).
 */
export interface NativeChart {
  kind: 'native';
  direction: 'horizontal' | 'vertical';
  categories: string[];
  /** Stacked, in the on-screen order. */
  bars: NativeSeries[];
  line: NativeSeries | null;
  /** Decimals of the value labels and axis. */
  decimals: number;
  /** What differs from the page's drawing (merged bars, line shape), for the speaker notes. */
  caveats: string[];
}

/** A chart that stays a picture (2x PNG of the export's drawing), and why. */
export interface PictureChart {
  kind: 'picture';
  why: string;
}

export type PptxChart = NativeChart | PictureChart;

/** Bars on one slide before the rest is summed into one (the deck slide does the same). */
export const MAX_BARS = 15;

const merged = (shown: number, all: number) =>
  all > shown ? [pptxText().notes.merged(all - shown + 1)] : [];

function pledgesByDonor(inputs: SlideInputs): NativeChart {
  const { byDonor } = requireReady(inputs.pledges).view;
  const text = messages().pledges;
  const label = (donor: string) => (donor === JOINT_KEY ? text.joint : donorName(donor));
  const rows = topAndRest(
    byDonor.bars.map((bar) => ({
      label: label(bar.donor),
      parts: bar.parts,
      joint: bar.donor === JOINT_KEY,
    })),
    MAX_BARS,
    (rest) => ({
      label: BRIEFING_TEXT.explorer.more(String(rest.length)),
      parts: Object.fromEntries(
        byDonor.keys.map((key) => [key, rest.reduce((sum, row) => sum + (row.parts[key] ?? 0), 0)]),
      ),
      joint: false,
    }),
  );
  return {
    kind: 'native',
    direction: 'horizontal',
    categories: rows.map((row) => row.label),
    bars: byDonor.keys.map((key) => ({
      name: splitLabel(key),
      values: rows.map((row) => (row.parts[key] ?? 0) / 1e6),
      colour: SPLIT_COLOURS[key] ?? '#555555',
    })),
    line: null,
    decimals: 1,
    caveats: [
      ...merged(rows.length, byDonor.bars.length),
      ...(rows.some((row) => row.joint) ? [pptxText().notes.jointBar] : []),
    ],
  };
}

function purlTimeline(inputs: SlideInputs): NativeChart {
  const { events } = requireReady(inputs.pledges);
  const text = purlChartText();
  return {
    kind: 'native',
    direction: 'vertical',
    categories: events.map((e) => formatSourceDate(e.date)),
    bars: [
      {
        name: text.single,
        values: events.map((e) => (e.joint ? 0 : e.eur / 1e6)),
        colour: PURL_COLOURS.single,
      },
      {
        name: pptxText().jointPackage,
        values: events.map((e) => (e.joint ? e.eur / 1e6 : 0)),
        colour: PURL_COLOURS.joint,
      },
    ],
    line: {
      name: text.running,
      values: events.map((e) => e.runningEur / 1e6),
      colour: PURL_COLOURS.running,
    },
    decimals: 1,
    caveats: [pptxText().notes.stepLine],
  };
}

/** The page's notes under a Kiel chart that hold for the whole slide (the instrument filter). */
const kielCaveats = (inputs: SlideInputs) =>
  inputs.filters.instruments.length > 0 ? [kielText().instrumentsIgnored] : [];

function kielAllocations(inputs: SlideInputs): NativeChart {
  const { rows } = requireReady(inputs.kiel);
  const measure = inputs.view.kielMeasure;
  const view = allocationsByDonor(rows, inputs.filters, measure);
  const labels = kielLabels();
  // A sum of % of GDP would mean nothing: that view shows the top donors only.
  const shown =
    measure === 'gdp'
      ? view.rows.slice(0, MAX_BARS)
      : topAndRest(view.rows, MAX_BARS, (rest) => ({
          iso: 'MORE',
          name: BRIEFING_TEXT.explorer.moreDonors(String(rest.length)),
          military: rest.reduce((s, r) => s + r.military, 0),
          financial: rest.reduce((s, r) => s + r.financial, 0),
          humanitarian: rest.reduce((s, r) => s + r.humanitarian, 0),
          total: rest.reduce((s, r) => s + r.total, 0),
        }));
  return {
    kind: 'native',
    direction: 'horizontal',
    categories: shown.map((row) => row.name),
    bars: view.categories.map((c) => ({
      name: labels[c],
      values: shown.map((row) => row[c]),
      colour: KIEL_COLOURS[c],
    })),
    line: null,
    decimals: measure === 'gdp' ? 3 : 2,
    caveats: [
      ...(measure === 'gdp' ? [] : merged(shown.length, view.rows.length)),
      ...kielCaveats(inputs),
    ],
  };
}

function kielMonthly(inputs: SlideInputs): NativeChart {
  const { rows } = requireReady(inputs.kiel);
  const months = monthlyAllocations(rows, inputs.filters);
  const labels = kielLabels();
  return {
    kind: 'native',
    direction: 'vertical',
    categories: months.map((m) => formatMonth(m.period)),
    bars: selectedCategories(inputs.filters).map((c) => ({
      name: labels[c],
      values: months.map((m) => m[c]),
      colour: KIEL_COLOURS[c],
    })),
    line: null,
    decimals: 2,
    caveats: kielCaveats(inputs),
  };
}

/** EUR -> EUR bn, rounded to EUR 1m (as the funding-gap slide and its CSV). */
const bn = (eur: number) => Math.round(eur / 1e6) / 1e3;

/**
 * The funding gap as on the page: the need, then one bar per status added (the statuses so far
 * stacked) with the gap left after it.
 */
function fundingGap(inputs: SlideInputs): NativeChart {
  const g = gapText();
  const labels = statusLabels();
  const { choice, model } = fundingGapSlideView(requireReady(inputs.financing));
  const { readings } = model;
  const reading = readings[readings.primary];
  const need = readings.needEur ?? 0;
  const shown = coverageStatusValues.filter((s) =>
    reading.steps.some((step) => step.status === s && step.addedEur > 0),
  );
  /** Per bar: the need bar, then after each step. */
  const column = (need: number, afterStep: (i: number) => number) => [
    need,
    ...reading.steps.map((_, i) => afterStep(i)),
  ];
  return {
    kind: 'native',
    direction: 'horizontal',
    categories: [
      g.chartRowNeed(estimateLabel(choice.estimate)),
      ...reading.steps.map((step) => g.chartRowAfter(labels[step.status])),
    ],
    bars: [
      {
        name: FINANCING_SLIDE_TEXT.needLegend,
        values: column(bn(need), () => 0),
        colour: NEED_COLOUR,
      },
      ...shown.map((s) => ({
        name: labels[s],
        values: column(0, (i) =>
          reading.steps
            .slice(0, i + 1)
            .reduce(
              (sum, step) => sum + (step.status === s && step.addedEur > 0 ? bn(step.addedEur) : 0),
              0,
            ),
        ),
        colour: STATUS_COLOURS[s],
      })),
      {
        name: pptxText().remainingGap,
        values: column(0, (i) => {
          const gap = reading.steps[i]?.gapEur ?? 0;
          return gap > 0 ? bn(gap) : 0;
        }),
        colour: GAP_COLOUR,
      },
    ],
    line: null,
    decimals: 1,
    caveats: [pptxText().notes.gapOutline],
  };
}

const NATIVE: Record<string, (inputs: SlideInputs) => NativeChart> = {
  'pledges-by-donor': pledgesByDonor,
  'purl-timeline': purlTimeline,
  'kiel-allocations': kielAllocations,
  'kiel-monthly': kielMonthly,
  'funding-gap': fundingGap,
};

/** The chart of slide `id` as PowerPoint chart data, or a picture with the reason. */
export function pptxChart(id: string, inputs: SlideInputs): PptxChart {
  const native = NATIVE[id];
  if (native) return native(inputs);
  const why = pptxText().notes.whyPicture[id] ?? '';
  return { kind: 'picture', why };
}
