/**
 * Colour maths for the palette checks: WCAG contrast, colour-vision-deficiency simulation
 * (Machado, Oliveira & Fernandes 2009, severity 1) and CIELAB colour differences (CIE76 and
 * CIEDE2000, Sharma, Wu & Dalal 2005). No dependencies; all inputs are `#rrggbb` strings.
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

/** Linear RGB (D65) to CIE XYZ, IEC 61966-2-1. */
const RGB_TO_XYZ: Matrix = [
  [0.4124564, 0.3575761, 0.1804375],
  [0.2126729, 0.7151522, 0.072175],
  [0.0193339, 0.119192, 0.9503041],
];
const WHITE_D65: Rgb = [0.95047, 1, 1.08883];

/** "#0072B2" -> [0, 114, 178] / 255. Throws on anything but six hex digits. */
export function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [1, 2, 3].map((group) => parseInt(match[group] ?? '0', 16) / 255) as unknown as Rgb;
}

const toLinear = (channel: number) =>
  channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;

function multiply(matrix: Matrix, [a, b, c]: Rgb): Rgb {
  return matrix.map(([x, y, z]) => x * a + y * b + z * c) as unknown as Rgb;
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** Linear RGB of a colour as a viewer with the given vision sees it (clamped to the gamut). */
export function simulateLinear(hex: string, vision: Vision): Rgb {
  const linear = parseHex(hex).map(toLinear) as unknown as Rgb;
  if (vision === 'normal') return linear;
  return multiply(MACHADO[vision], linear).map(clamp01) as unknown as Rgb;
}

/** WCAG 2 relative luminance of a colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = simulateLinear(hex, 'normal');
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** CIELAB (D65) from linear RGB. */
export function linearToLab(linear: Rgb): Lab {
  const xyz = multiply(RGB_TO_XYZ, linear);
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = xyz.map((value, i) => f(value / (WHITE_D65[i] ?? 1))) as unknown as Rgb;
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIELAB of a colour as seen with the given vision. */
export function labAs(hex: string, vision: Vision): Lab {
  return linearToLab(simulateLinear(hex, vision));
}

/** CIE76: Euclidean distance in CIELAB. */
export function deltaE76(a: Lab, b: Lab): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

const degrees = (radians: number) => (radians * 180) / Math.PI;
const radians = (deg: number) => (deg * Math.PI) / 180;

function hueAngle(b: number, a: number): number {
  if (a === 0 && b === 0) return 0;
  const angle = degrees(Math.atan2(b, a));
  return angle < 0 ? angle + 360 : angle;
}

/** CIEDE2000 with kL = kC = kH = 1 (Sharma, Wu & Dalal 2005). */
export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const meanC = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(meanC ** 7 / (meanC ** 7 + 25 ** 7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1p = Math.hypot(a1p, b1);
  const c2p = Math.hypot(a2p, b2);
  const h1p = hueAngle(b1, a1p);
  const h2p = hueAngle(b2, a2p);

  const deltaL = l2 - l1;
  const deltaC = c2p - c1p;
  let deltaH = 0;
  if (c1p * c2p !== 0) {
    deltaH = h2p - h1p;
    if (deltaH > 180) deltaH -= 360;
    else if (deltaH < -180) deltaH += 360;
  }
  const deltaBigH = 2 * Math.sqrt(c1p * c2p) * Math.sin(radians(deltaH / 2));

  const meanL = (l1 + l2) / 2;
  const meanCp = (c1p + c2p) / 2;
  let meanH = h1p + h2p;
  if (c1p * c2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) meanH = (h1p + h2p) / 2;
    else meanH = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos(radians(meanH - 30)) +
    0.24 * Math.cos(radians(2 * meanH)) +
    0.32 * Math.cos(radians(3 * meanH + 6)) -
    0.2 * Math.cos(radians(4 * meanH - 63));
  const deltaTheta = 30 * Math.exp(-(((meanH - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(meanCp ** 7 / (meanCp ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2);
  const sc = 1 + 0.045 * meanCp;
  const sh = 1 + 0.015 * meanCp * t;
  const rt = -Math.sin(radians(2 * deltaTheta)) * rc;
  return Math.sqrt(
    (deltaL / sl) ** 2 +
      (deltaC / sc) ** 2 +
      (deltaBigH / sh) ** 2 +
      rt * (deltaC / sc) * (deltaBigH / sh),
  );
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
