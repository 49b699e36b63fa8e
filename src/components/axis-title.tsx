import { textWidth, wrapText } from '@/lib/text-width';

/** How a value axis's title is set: centred under the plot when it fits there, else right-aligned at
 * the plot's end over the label column too, wrapped when even that is too narrow. */
export interface AxisTitleLayout {
  lines: string[];
  anchor: 'middle' | 'end';
}

export function axisTitleLayout(
  title: string,
  fontSize: number,
  plotWidth: number,
  room: number,
): AxisTitleLayout {
  if (textWidth(title, fontSize) <= plotWidth) return { lines: [title], anchor: 'middle' };
  return { lines: wrapText(title, Math.max(40, plotWidth + room - 8), fontSize), anchor: 'end' };
}

interface AxisTitleProps {
  /** Recharts' viewBox of the axis (a polar one has no x/width: read as 0). */
  viewBox?: object;
  layout: AxisTitleLayout;
  fontSize: number;
}

/**
 * A horizontal axis's title as Recharts label content (`label={{ content: ... }}`): the built-in
 * label is centred under the plot and ran off both sides of the SVG on a phone ("EUR billion
 * (converted at ..." cut). Lines sit at the bottom of the axis's box.
 */
export function AxisTitle({ viewBox, layout, fontSize }: AxisTitleProps) {
  const box = (viewBox ?? {}) as { x?: number; y?: number; width?: number; height?: number };
  const x0 = Number(box.x ?? 0);
  const width = Number(box.width ?? 0);
  const bottom = Number(box.y ?? 0) + Number(box.height ?? 0);
  const x = layout.anchor === 'middle' ? x0 + width / 2 : x0 + width;
  const lineHeight = fontSize * 1.15;
  const first = bottom - 4 - (layout.lines.length - 1) * lineHeight;
  return (
    <text
      x={x}
      y={first}
      textAnchor={layout.anchor}
      fontSize={fontSize}
      fill="var(--color-chart-text, var(--color-text))"
      className="axis-title"
    >
      {layout.lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
