import { converter, differenceCiede2000, wcagContrast, wcagLuminance } from 'culori';

/**
 * Colour maths for the palette checks (tests and e2e only: culori is a dev dependency): WCAG
 * contrast, colour-vision-deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1,
 * applied to linear RGB as the paper does; culori's own filter applies it to gamma-encoded sRGB)
 * and CIELAB colour differences (CIE76 and CIEDE2000). The conversions (sRGB <-> linear RGB,
 * CIELAB D65), the WCAG formulas and CIEDE2000 are culori's. All inputs are `#rrggbb` strings.
 */

export type Rgb = readonly [number, number, number];
export type Lab = readonly [number, number, number];
type Matrix = readonly [Rgb, Rgb, Rgb];

export const VISIONS = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const;
export type Vision = (typeof VISIONS)[number];

/** Machado et al. 2009, severity 1.0; applied to linear RGB. */
const MACHADO: Record<Exclude<Vision, 'normal'>, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** "#0072B2" -> [0, 114, 178] / 255. Throws on anything but six hex digits. */
export function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [1, 2, 3].map((group) => parseInt(match[group] ?? '0', 16) / 255) as unknown as Rgb;
}

const toLinearRgb = converter('lrgb');
const toLab65 = converter('lab65');
const ciede2000 = differenceCiede2000();

function multiply(matrix: Matrix, [a, b, c]: Rgb): Rgb {
  return matrix.map(([x, y, z]) => x * a + y * b + z * c) as unknown as Rgb;
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** Linear RGB of a colour as a viewer with the given vision sees it (clamped to the gamut). */
export function simulateLinear(hex: string, vision: Vision): Rgb {
  const [r, g, b] = parseHex(hex);
  const { r: lr, g: lg, b: lb } = toLinearRgb({ mode: 'rgb', r, g, b });
  const linear: Rgb = [lr, lg, lb];
  if (vision === 'normal') return linear;
  return multiply(MACHADO[vision], linear).map(clamp01) as unknown as Rgb;
}

/** WCAG 2 relative luminance of a colour. */
export function relativeLuminance(hex: string): number {
  parseHex(hex);
  return wcagLuminance(hex);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  parseHex(first);
  parseHex(second);
  return wcagContrast(first, second);
}

/** CIELAB (D65) from linear RGB. */
export function linearToLab([r, g, b]: Rgb): Lab {
  const { l, a, b: bb } = toLab65({ mode: 'lrgb', r, g, b });
  return [l, a, bb];
}

/** CIELAB of a colour as seen with the given vision. */
export function labAs(hex: string, vision: Vision): Lab {
  return linearToLab(simulateLinear(hex, vision));
}

/** CIE76: Euclidean distance in CIELAB. */
export function deltaE76(a: Lab, b: Lab): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** CIEDE2000 with kL = kC = kH = 1 (Sharma, Wu & Dalal 2005), as culori computes it. */
export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  return ciede2000({ mode: 'lab65', l: l1, a: a1, b: b1 }, { mode: 'lab65', l: l2, a: a2, b: b2 });
}

export interface ClosestPair {
  vision: Vision;
  first: string;
  second: string;
  deltaE: number;
}

/** The two colours of a palette that are hardest to tell apart, over every kind of vision. */
export function closestPair(colours: readonly string[]): ClosestPair | null {
  let closest: ClosestPair | null = null;
  for (const vision of VISIONS) {
    const labs = colours.map((colour) => labAs(colour, vision));
    labs.forEach((lab, i) => {
      for (let j = i + 1; j < labs.length; j += 1) {
        const other = labs[j];
        if (!other) continue;
        const deltaE = deltaE2000(lab, other);
        if (!closest || deltaE < closest.deltaE) {
          closest = { vision, first: colours[i] ?? '', second: colours[j] ?? '', deltaE };
        }
      }
    });
  }
  return closest;
}
