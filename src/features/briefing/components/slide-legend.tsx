import { chartColourIn } from '@/lib/theme/themes';
import { useActiveTheme } from '@/lib/theme/use-chart-font-size';
import { BRIEFING_TEXT } from '../briefing-text';
import type { LegendItem } from '../model/slide-types';

/**
 * The series of a slide, named in text beside a swatch (colour is never the only cue). On screen
 * a swatch has the colour the theme draws its series in (dark swaps in lighter twins); on paper
 * the printed colours.
 */
export function SlideLegend({
  items,
  paper = false,
  numbered = false,
}: {
  items: readonly LegendItem[];
  paper?: boolean;
  /** The key to a chart's numbers (one entry a line, in columns), not its series. */
  numbered?: boolean;
}) {
  const theme = useActiveTheme();
  const colour = (value: string) => (paper ? value : chartColourIn(theme, value));
  if (items.length === 0) return null;
  return (
    <ul
      className={numbered ? 'slide-legend slide-legend--key' : 'slide-legend'}
      aria-label={numbered ? BRIEFING_TEXT.numberedKey : BRIEFING_TEXT.legend}
    >
      {items.map((item) => (
        <li key={item.label} className="slide-legend__item">
          <span
            aria-hidden="true"
            className={`slide-legend__swatch${item.line ? ' slide-legend__swatch--line' : ''}${
              item.hatched ? ' slide-legend__swatch--hatched' : ''
            }`}
            // A line's swatch has its colour and dash too (the reported Plan B line is brown).
            style={
              item.line
                ? {
                    borderTopColor: colour(item.colour),
                    borderTopStyle: item.dashed ? 'dashed' : 'solid',
                  }
                : { backgroundColor: colour(item.colour) }
            }
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
