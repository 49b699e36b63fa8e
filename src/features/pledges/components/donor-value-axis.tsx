import { useCallback } from 'react';
import { usePlotArea, XAxis, type XAxisProps } from 'recharts';
import type { CategoryTickProps } from '@/components/category-tick';
import { ValueTick } from '@/components/value-tick';
import { textWidth } from '@/lib/text-width';

/** At most this many value ticks: more would only crowd the axis. */
const MAX_TICKS = 5;

/**
 * How many value ticks fit in `width` px when each label needs `labelWidth` px and a gap of one em
 * on each side (at least 2: zero and the largest).
 */
export function valueTickCount(width: number, labelWidth: number, fontSize: number): number {
  const spacing = labelWidth + 2 * fontSize;
  return Math.max(2, Math.min(MAX_TICKS, Math.floor(width / spacing) + 1));
}

/**
 * The donor chart's value axis with every tick drawn (`interval={0}`) and as many ticks as fit the
 * plot's width, from the labels' measured text (canvas). Recharts' default (`preserveEnd`) decides
 * which ticks to hide by measuring each label in the DOM, and its default tick measures each word
 * to wrap it: forced layouts on every redraw. Here nothing is measured in the DOM.
 */
export function DonorValueAxis({
  tickText,
  largest,
  fontSize,
  height = 44,
  label,
}: {
  tickText: (value: number) => string;
  largest: number;
  fontSize: number;
  /** The axis's height: the ticks and the title under them (more when the title wraps). */
  height?: number;
  label: XAxisProps['label'];
}) {
  const plot = usePlotArea();
  const labelWidth = textWidth(tickText(largest), fontSize);
  const tickCount = plot ? valueTickCount(plot.width, labelWidth, fontSize) : 5;
  // The same function while `tickText` is: a new one would store the axis settings again.
  const tick = useCallback(
    (props: CategoryTickProps) => <ValueTick {...props} format={tickText} />,
    [tickText],
  );
  return (
    <XAxis
      type="number"
      tickFormatter={tickText}
      height={height}
      interval={0}
      tickCount={tickCount}
      tick={tick}
      label={label}
    />
  );
}
