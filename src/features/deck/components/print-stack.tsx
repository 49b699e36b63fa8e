import {
  type ChartPalette,
  type SlideInputs,
  buildSlide,
  findSlide,
  SlideView,
} from '@/features/briefing';

/**
 * Every slide of the deck at the size of a landscape A4 page, for printing: the deck mounts it only
 * while printing (usePrintStack), and print CSS shows it.
 */
export const PRINT_CHART = { width: 1000, height: 380 } as const;

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
        return (
          <section key={id} className="print-slide">
            <SlideView
              build={buildSlide(definition, inputs)}
              title={definition.title}
              fontSize={15}
              palette={palette}
              fixedChart={PRINT_CHART}
            />
          </section>
        );
      })}
    </div>
  );
}
