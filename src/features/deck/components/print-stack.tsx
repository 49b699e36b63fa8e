import {
  type ChartPalette,
  type SlideInputs,
  buildSlide,
  findSlide,
  SlideView,
} from '@/features/briefing';
import { slideSpeakerNotes } from '@/features/pptx';
import { HANDOUT_CHART_MAX, handoutChartHeight } from '../model/handout-layout';
import { SpeakerNotesView } from './speaker-notes';

/**
 * Every slide of the deck at the size of a landscape A4 page with its speaker notes under it, for
 * printing: the deck mounts it only while printing (usePrintStack), and print CSS shows it. The
 * chart is as high as the notes leave room for (handoutChartHeight).
 */
export const PRINT_CHART_WIDTH = 1000;

export function PrintStack({
  ids,
  inputs,
  palette,
}: {
  ids: readonly string[];
  inputs: SlideInputs;
  palette: ChartPalette;
}) {
  return (
    <div className="deck__print" aria-hidden="true">
      {ids.map((id) => {
        const definition = findSlide(id);
        if (!definition) return null;
        const build = buildSlide(definition, inputs);
        const notes = build.status === 'ready' ? slideSpeakerNotes(build.slide, inputs) : null;
        const height =
          build.status === 'ready' && notes
            ? handoutChartHeight(build.slide, notes)
            : HANDOUT_CHART_MAX;
        return (
          <section key={id} className="print-slide">
            <SlideView
              build={build}
              title={definition.title}
              fontSize={15}
              palette={palette}
              fixedChart={{ width: PRINT_CHART_WIDTH, height }}
            />
            {build.status === 'ready' && notes && (
              <SpeakerNotesView notes={notes} title={build.slide.title} paper />
            )}
          </section>
        );
      })}
    </div>
  );
}
