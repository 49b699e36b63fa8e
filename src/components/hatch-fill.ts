import { pattern, patterns, type RechartsFill } from 'recharts';

/**
 * Diagonal hatching over a series colour: the non-colour cue for amounts that belong to no single
 * donor ("joint, not attributed"). Thin, half-opaque white stripes keep most of the bar in its
 * colour, so the bar keeps its 3:1 contrast against the white surface.
 */
const HATCH = pattern({ ...patterns.diagonal, strokeWidth: 2, opacity: 0.6 });

/** A hatched fill in `colour`; without a colour, each series keeps its own colour under the hatch. */
export function hatchedFill(colour?: string): RechartsFill {
  return colour === undefined ? { definition: HATCH } : { color: colour, definition: HATCH };
}
