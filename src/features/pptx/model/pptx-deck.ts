import {
  describeFilters,
  type SlideInputs,
  type SlideModel,
  buildSlide,
  findSlide,
} from '@/features/briefing';
import { formatSourceDate } from '@/lib/format';
import { getLocale, type Locale } from '@/lib/i18n/locale';
import { pptxText } from '../pptx-text';
import { pptxChart, type PptxChart } from './native-charts';
import { disputedFigures, slideSourceList, uniqueSources, type SourceRef } from './slide-facts';
import { slideSpeakerNotes, sourceSuffix, type SpeakerNotes } from './speaker-notes';

/** The PowerPoint templates: the light theme, or projector (high contrast) for a beamer. */
export type PptxTemplate = 'light' | 'projector';

export interface PptxChartSlide {
  id: string;
  title: string;
  takeaway: string;
  /** "Units. Filters: ..." as on the deck slide. */
  metaLine: string;
  /** "Source: ... As of ..." */
  sourceLine: string;
  disputed: string[];
  chart: PptxChart;
  empty: boolean;
  notes: string;
  /** The slide model itself (a picture chart is drawn from it). */
  model: SlideModel;
}

export interface PptxDeck {
  language: Locale;
  template: PptxTemplate;
  fileName: string;
  /** The heading of a slide's disputed figures. */
  disputedLabel: string;
  /** "… and N more in the notes" under the disputed figures a slide shows. */
  moreInNotes: (count: number) => string;
  cover: { title: string; lines: string[]; viewsLabel: string; views: string[]; notes: string };
  slides: PptxChartSlide[];
  closing: { title: string; sources: SourceRef[]; citation: string; notes: string };
}

export interface DeckContext {
  template: PptxTemplate;
  /** ISO date of the export (YYYY-MM-DD). */
  exportedOn: string;
  /** The view's link (shareUrl of the page). */
  viewUrl: string;
}

export type PptxDeckBuild =
  { status: 'ready'; deck: PptxDeck } | { status: 'pending' } | { status: 'error'; what: string };

/** "Title (date) [reliability]: address", one per line (low-reliability outlets flagged). */
export function sourceLines(sources: readonly SourceRef[]): string[] {
  return sources.map((s) => `${s.title}${sourceSuffix(s)}: ${s.url}`);
}

/** The notes as the text of a PowerPoint notes page. */
export function speakerNotesText(notes: SpeakerNotes): string {
  const T = pptxText();
  const N = T.notes;
  return [
    `${N.takeaway}: ${notes.takeaway}`,
    `${N.units}: ${notes.units}`,
    `${T.asOfLabel}: ${notes.asOf}`,
    '',
    `${N.caveats}:`,
    ...notes.caveats.map((line) => `- ${line}`),
    '',
    `${N.sources}:`,
    ...(notes.sources.length > 0
      ? sourceLines(notes.sources).map((line) => `- ${line}`)
      : [N.none]),
  ].join('\n');
}

/**
 * A slide's sources with absolute addresses: a copy shipped with the app (`data/sources/...`)
 * is given by its address on the site the deck was made from.
 */
function sourcesOf(id: string, inputs: SlideInputs, viewUrl: string): SourceRef[] {
  return slideSourceList(id, inputs).map((source) => ({
    ...source,
    url: new URL(source.url, viewUrl).toString(),
  }));
}

function chartSlide(model: SlideModel, inputs: SlideInputs, viewUrl: string): PptxChartSlide {
  const T = pptxText();
  const chart = pptxChart(model.id, inputs);
  const disputed = disputedFigures(model.id, inputs);
  const sources = sourcesOf(model.id, inputs, viewUrl);
  const source = model.source.url
    ? `${model.source.text} (${model.source.url})`
    : model.source.text;
  return {
    id: model.id,
    title: model.title,
    takeaway: model.takeaway,
    metaLine: `${model.units}. ${T.filtersLabel}: ${model.filterSummary}.`,
    sourceLine: `${T.sourceLabel}: ${source}. ${T.asOfLabel} ${model.asOf}.`,
    disputed,
    chart,
    empty: model.empty,
    notes: speakerNotesText({
      ...slideSpeakerNotes(
        model,
        inputs,
        chart.kind === 'native'
          ? [...chart.caveats, T.notes.nativeChart]
          : [T.notes.pictureChart(chart.why)],
        disputed,
      ),
      sources,
    }),
    model,
  };
}

/**
 * The deck as plain data: a cover naming the views and dates, one slide per chart of `ids` (the
 * deck's own slide models: title, takeaway, filters, source), and a closing slide with every
 * source and the view's citation. Pure: the writer (write-pptx.ts) only lays it out.
 */
export function buildPptxDeck(
  ids: readonly string[],
  inputs: SlideInputs,
  context: DeckContext,
): PptxDeckBuild {
  const models: SlideModel[] = [];
  for (const id of ids) {
    const definition = findSlide(id);
    if (!definition) continue;
    const build = buildSlide(definition, inputs);
    if (build.status !== 'ready') return build;
    models.push(build.slide);
  }
  const T = pptxText();
  const slides = models.map((model) => chartSlide(model, inputs, context.viewUrl));
  const sources = uniqueSources(
    slides.flatMap((slide) => sourcesOf(slide.id, inputs, context.viewUrl)),
  );
  const exported = formatSourceDate(context.exportedOn);
  const asOf = [...new Set(models.map((model) => model.asOf))].join('; ');
  return {
    status: 'ready',
    deck: {
      language: getLocale(),
      template: context.template,
      disputedLabel: T.disputed,
      moreInNotes: T.moreInNotes,
      fileName: `ukraine-aid-briefing-${context.exportedOn}-${getLocale()}.pptx`,
      cover: {
        title: T.coverTitle,
        viewsLabel: T.views,
        views: models.map((model) => model.title),
        lines: [
          `${T.filtersLabel}: ${describeFilters(inputs.filters)}`,
          T.dataAsOf(asOf),
          T.exportedOn(exported),
          T.themeLine(T.themes[context.template]),
        ],
        notes: T.coverNotes,
      },
      slides,
      closing: {
        title: T.sourcesTitle,
        sources,
        citation: `${T.citeAs}: ${T.citation(exported, context.viewUrl)}`,
        notes: [T.closingNotes, '', ...sourceLines(sources)].join('\n'),
      },
    },
  };
}
