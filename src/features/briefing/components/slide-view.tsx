import { useRef, type ReactNode } from 'react';
import { BRIEFING_TEXT } from '../briefing-text';
import type { ChartPalette, SlideModel } from '../model/slide-types';
import type { SlideBuild } from '../slides/slide-registry';
import { SlideLegend } from './slide-legend';
import { useSlideFit } from './use-slide-fit';
import { NARROW_CHART_WIDTH } from '../slides/chart-bits';
import { CHART_FONT_SIZE } from '@/lib/theme/themes';
import { useActiveTheme } from '@/lib/theme/use-chart-font-size';
import { useElementSize } from '@/lib/use-element-size';
import { PageText } from '@/components/data-text';
import './briefing.css';
import './slide-columns.css';

/** Chart colours on screen: the theme's CSS variables (the chart panel sets them per theme). */
export const SCREEN_PALETTE: ChartPalette = {
  text: 'var(--color-text)',
  muted: 'var(--color-muted)',
  grid: 'var(--color-grid)',
  line: 'var(--color-text)',
  lineWidth: 3,
};

/** Print and export: fixed light colours (a handout looks the same whatever the screen theme). */
export const PAPER_PALETTE: ChartPalette = {
  text: '#14181f',
  muted: '#4a5361',
  grid: '#d5d9df',
  line: '#000000',
  lineWidth: 3,
};

interface SlideViewProps {
  build: SlideBuild;
  title: string;
  headingId?: string;
  /** Chart tick size in px. */
  fontSize: number;
  palette: ChartPalette;
  /** A fixed chart size (print); otherwise the chart fills its box. */
  fixedChart?: { width: number; height: number };
  /** 1 when the slide is the page (embed), 2 inside the app. */
  headingLevel?: 1 | 2;
  /** The deck's screen: the note condensed (its full text is in the speaker notes). */
  condensedNote?: boolean;
  /** The deck's screen: the layout that fits its box (see useSlideFit). */
  fitToScreen?: boolean;
}

function SlideSource({ slide, condensed }: { slide: SlideModel; condensed: boolean }) {
  const note =
    condensed && slide.shortNote !== undefined
      ? [slide.shortNote, BRIEFING_TEXT.moreInNotes].filter((part) => part !== '').join(' ')
      : slide.note;
  const source: ReactNode = slide.source.url ? (
    <a href={slide.source.url} target="_blank" rel="noopener noreferrer">
      {slide.source.text}
    </a>
  ) : (
    slide.source.text
  );
  return (
    <p className="slide__source">
      {BRIEFING_TEXT.sourceLabel}: {source}. {BRIEFING_TEXT.asOfLabel} {slide.asOf}.
      {note ? (
        <span className="slide__note">
          {' '}
          <PageText text={note} />
        </span>
      ) : null}
    </p>
  );
}

function MeasuredChart({
  slide,
  fontSize,
  palette,
}: {
  slide: SlideModel;
  fontSize: number;
  palette: ChartPalette;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(ref);
  // A phone's chart takes the theme's chart text size (the slide's would cut labels off): the
  // projector's is still 1.3x the light theme's.
  const phoneSize = CHART_FONT_SIZE[useActiveTheme()];
  const tickSize = width < NARROW_CHART_WIDTH ? Math.min(fontSize, phoneSize) : fontSize;
  return (
    <div className="slide__chart chart-panel" ref={ref}>
      {width > 40 && height > 40
        ? slide.renderChart({
            width,
            height,
            fontSize: tickSize,
            palette,
            keyOutside: slide.numberedKey !== undefined,
            minFontSize: phoneSize,
          })
        : null}
    </div>
  );
}

/** One slide: title, takeaway, filters, chart, legend, source and as-of line. */
export function SlideView({
  build,
  title,
  headingId,
  fontSize,
  palette,
  fixedChart,
  headingLevel = 2,
  condensedNote = false,
  fitToScreen = false,
}: SlideViewProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const ref = useRef<HTMLDivElement>(null);
  const theme = useActiveTheme();
  const ready = build.status === 'ready' ? build.slide : null;
  const content = ready
    ? [theme, ready.title, ready.takeaway, ready.filterSummary, ready.source.text, ready.note].join(
        '|',
      )
    : '';
  const fit = useSlideFit(ref, content, fitToScreen);
  if (build.status !== 'ready') {
    return (
      <div className="slide">
        <Heading className="slide__title" id={headingId}>
          {title}
        </Heading>
        <p className="slide__takeaway" role={build.status === 'error' ? 'alert' : 'status'}>
          {build.status === 'error'
            ? BRIEFING_TEXT.slideFailed(build.what)
            : BRIEFING_TEXT.loadingSlide}
        </p>
      </div>
    );
  }
  const { slide } = build;
  return (
    <div className="slide" ref={ref} data-fit={fitToScreen ? fit : undefined}>
      <Heading className="slide__title" id={headingId}>
        {slide.title}
      </Heading>
      <p className="slide__takeaway">{slide.takeaway}</p>
      <p className="slide__meta">
        {slide.units}. {BRIEFING_TEXT.filtersLabel}: {slide.filterSummary}.
      </p>
      {slide.empty ? (
        <p className="slide__empty">{slide.takeaway}</p>
      ) : fixedChart ? (
        <div className="slide__chart slide__chart--fixed chart-panel">
          {slide.renderChart({ ...fixedChart, fontSize, palette })}
        </div>
      ) : (
        <MeasuredChart slide={slide} fontSize={fontSize} palette={palette} />
      )}
      <SlideLegend items={slide.legend} paper={palette === PAPER_PALETTE} />
      {/* A measured chart (the screen) leaves its key to this list; a fixed one draws it. */}
      {slide.numberedKey && !fixedChart && !slide.empty ? (
        <SlideLegend items={slide.numberedKey} numbered />
      ) : null}
      <SlideSource slide={slide} condensed={condensedNote} />
    </div>
  );
}
