import { describeDispute, type DisputedFigure } from '@/features/pledges';
import { formatEur, formatMoney, formatSourceDate } from '@/lib/format';
import { purlChartText } from '../purl-chart-text';
import type { PlotHover } from './purl-time-plot';

/**
 * The hovered package, drawn inside the chart's box: as wide as the box allows and moved left so
 * that it never leaves it. A joint package is named as one (never as a €0 single contribution).
 */
export function PurlTooltip({
  hover,
  width,
  figure,
}: {
  hover: PlotHover;
  width: number;
  figure: DisputedFigure | null;
}) {
  const text = purlChartText();
  const { event } = hover;
  const tipWidth = Math.max(160, Math.min(340, width - 8));
  const left = Math.max(0, Math.min(width - tipWidth, hover.x - tipWidth / 2));
  const kind = event.joint ? text.jointTotal : text.single;
  const amount =
    event.currency === 'EUR'
      ? formatEur(event.eur)
      : `${formatMoney(event.amount, event.currency)} (${formatEur(event.eur)})`;
  return (
    <div
      className="purl-tooltip"
      role="status"
      data-testid="purl-tooltip"
      style={{ left, top: 0, width: tipWidth }}
    >
      <p className="purl-tooltip__head">
        {hover.number}. {formatSourceDate(event.date)}: {event.label}
      </p>
      <p>
        {kind}: {amount}
      </p>
      <p className="muted small">{event.description}</p>
      {figure && <p className="small">{describeDispute(figure)}</p>}
    </div>
  );
}
