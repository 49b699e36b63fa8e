import type { ChartPalette, SlideInputs } from '../model/slide-types';
import { buildSlide, findSlide } from '../slides/slide-registry';
import { slideSpeakerNotes } from '@/features/pptx/model/speaker-notes';
import { SlideView } from './slide-view';
import { SpeakerNotesView } from './speaker-notes';

/**
 * Every slide of the deck at the size of a landscape A4 page with its speaker notes under it, for
 * printing: the deck mounts it only while printing (usePrintStack), and print CSS shows it. The
 * chart is lower than a slide's so that the notes fit on the same page.
 */
export const PRINT_CHART = { width: 1000, height: 300 } as const;

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
        return (
          <section key={id} className="print-slide">
            <SlideView
              build={build}
              title={definition.title}
              fontSize={15}
              palette={palette}
              fixedChart={PRINT_CHART}
            />
            {build.status === 'ready' && (
              <SpeakerNotesView
                notes={slideSpeakerNotes(build.slide, inputs)}
                title={build.slide.title}
                paper
              />
            )}
          </section>
        );
      })}
    </div>
  );
}
