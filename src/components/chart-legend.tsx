import { TextureSwatch, type Texture } from './series-texture';

import { chartColourIn } from '@/lib/theme/themes';
import { useActiveTheme } from '@/lib/theme/use-chart-font-size';
/** One series of a chart's legend: its name beside a swatch (colour is never the only cue). */
export interface ChartLegendItem {
  label: string;
  colour: string;
  hatched?: boolean;
  /** The texture the chart draws over the colour (series-texture.tsx). */
  texture?: Texture;
}

/**
 * A chart's legend as HTML above the chart: read as a list by screen readers, wraps on a phone,
 * and costs the chart no measuring pass (Recharts' own legend measures itself and redraws).
 */
export function ChartLegend({
  items,
  label,
}: {
  items: readonly ChartLegendItem[];
  label: string;
}) {
  // Swatches are HTML, not SVG: the dark theme's lighter series colours are applied here.
  const theme = useActiveTheme();
  if (items.length === 0) return null;
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.label} className="chart-legend__item">
          {item.texture ? (
            <TextureSwatch colour={chartColourIn(theme, item.colour)} texture={item.texture} />
          ) : (
            <span
              aria-hidden="true"
              className={`chart-legend__swatch${item.hatched ? ' chart-legend__swatch--hatched' : ''}`}
              style={{ backgroundColor: chartColourIn(theme, item.colour) }}
            />
          )}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
