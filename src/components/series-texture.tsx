import { useId } from 'react';
import { pattern, patterns, type RechartsFill, type RechartsPattern } from 'recharts';

/**
 * A second cue beside colour for the series of one chart: each series has its own texture, drawn
 * in white over its colour, so that segments stay apart in greyscale print and on a washed-out
 * projector. Diagonal hatching is not among them: it marks joint, unattributed amounts
 * (hatch-fill.ts). The texture is light (thin, half-opaque), so a bar keeps 3:1 on white.
 */
export type Texture =
  | 'solid'
  | 'horizontal'
  | 'dots'
  | 'vertical'
  | 'crosshatch'
  | 'zigzag'
  | 'grid'
  | 'triangle'
  | 'star';

const TEXTURE_OPACITY = 0.55;

const VALUES: Record<Exclude<Texture, 'solid'>, RechartsPattern> = {
  horizontal: { ...patterns.horizontal, strokeWidth: 2 },
  dots: patterns.dots,
  vertical: { ...patterns.vertical, strokeWidth: 2 },
  crosshatch: patterns.crosshatch,
  zigzag: patterns.zigzag,
  grid: patterns.grid,
  triangle: patterns.triangle,
  star: patterns.star,
};

const valueOf = (texture: Exclude<Texture, 'solid'>): RechartsPattern => ({
  ...VALUES[texture],
  color: '#ffffff',
  opacity: TEXTURE_OPACITY,
});

const DEFINITIONS = Object.fromEntries(
  Object.keys(VALUES).map((key) => [key, pattern(valueOf(key as Exclude<Texture, 'solid'>))]),
) as Record<Exclude<Texture, 'solid'>, RechartsFill['definition']>;

/** A Recharts fill: the colour, with the texture over it (a plain colour for 'solid'). */
export function texturedFill(colour: string, texture: Texture): string | RechartsFill {
  return texture === 'solid' ? colour : { color: colour, definition: DEFINITIONS[texture] };
}

/** The same texture as a legend swatch (an inline SVG, decorative: the label is beside it). */
export function TextureSwatch({ colour, texture }: { colour: string; texture: Texture }) {
  const id = useId();
  if (texture === 'solid') {
    return (
      <span
        aria-hidden="true"
        className="chart-legend__swatch"
        style={{ backgroundColor: colour }}
      />
    );
  }
  const value = valueOf(texture);
  const paths = typeof value.path === 'string' ? [value.path] : value.path;
  const stroked = value.strokeWidth !== undefined;
  return (
    <svg
      aria-hidden="true"
      className="chart-legend__swatch"
      width="18"
      height="12"
      viewBox="0 0 18 12"
    >
      <defs>
        <pattern
          id={id}
          width={value.width}
          height={value.height}
          patternUnits="userSpaceOnUse"
          patternTransform={value.rotation ? `rotate(${value.rotation})` : undefined}
        >
          <rect width={value.width} height={value.height} fill={colour} />
          <g opacity={value.opacity}>
            {paths.map((d) => (
              <path
                key={d}
                d={d}
                fill={stroked ? 'none' : '#ffffff'}
                stroke={stroked ? '#ffffff' : 'none'}
                strokeWidth={value.strokeWidth}
              />
            ))}
          </g>
        </pattern>
      </defs>
      <rect width="18" height="12" fill={`url(#${id})`} />
    </svg>
  );
}
