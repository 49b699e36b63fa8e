// @vitest-environment node
import { KIEL_COLOURS } from '@/features/kiel';
import {
  categoryValues,
  instrumentValues,
  SERIES_COLOURS,
  SPLIT_COLOURS,
} from '@/features/pledges';
import { PURL_COLOURS } from '@/features/purl';
import {
  closestPair,
  contrastRatio,
  deltaE2000,
  deltaE76,
  labAs,
  linearToLab,
  parseHex,
  simulateLinear,
  VISIONS,
  type Lab,
} from '@/lib/colour-vision';

/** The chart surface (--color-surface) every bar is drawn on. */
const SURFACE = '#ffffff';
/** WCAG 1.4.11: graphical objects need 3:1 against what surrounds them. */
const MIN_BAR_CONTRAST = 3;
/** Two colours in one chart must stay this far apart (CIEDE2000) for every kind of vision. */
const MIN_DELTA_E = 10;

describe('colour maths', () => {
  it.each([
    ['#0072B2', [0, 114 / 255, 178 / 255]],
    ['#ffffff', [1, 1, 1]],
    ['#000000', [0, 0, 0]],
  ] as const)('parses %s', (hex, rgb) => {
    expect(parseHex(hex)).toEqual(rgb);
  });

  it.each(['#fff', 'red', '#12345g', '0072B2'])('refuses %s', (text) => {
    expect(() => parseHex(text)).toThrow(/rrggbb/);
  });

  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#000000', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#0072B2', '#ffffff', 5.19],
  ])('contrast of %s on %s is %f (WCAG 2)', (first, second, ratio) => {
    expect(contrastRatio(first, second)).toBeCloseTo(ratio, 2);
  });

  it.each([
    ['#ffffff', [100, 0, 0]],
    ['#000000', [0, 0, 0]],
    ['#FF0000', [53.24, 80.09, 67.2]],
    ['#0000FF', [32.3, 79.19, -107.86]],
  ] as const)('CIELAB of %s', (hex, lab) => {
    const [l, a, b] = labAs(hex, 'normal');
    expect(l).toBeCloseTo(lab[0], 1);
    expect(a).toBeCloseTo(lab[1], 1);
    expect(b).toBeCloseTo(lab[2], 1);
  });

  it('CIE76 is the distance in CIELAB', () => {
    expect(deltaE76([50, 0, 0], [50, 3, 4])).toBe(5);
  });

  // Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula", test data (pairs 1, 2,
  // 3, 7, 8, 13, 17-20, 25, 34), which exercise the hue wrap-around and the rotation term.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
    [[50, 2.8361, -74.02], [50, 0, -82.7485], 3.4412],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, -1, 2], [50, 0, 0], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[50, 2.5, 0], [61, -5, 29], 22.8977],
    [[50, 2.5, 0], [56, -27, -3], 31.903],
    [[50, 2.5, 0], [58, 24, 15], 19.4535],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ] as [Lab, Lab, number][])('CIEDE2000 %j %j = %f', (first, second, expected) => {
    expect(deltaE2000(first, second)).toBeCloseTo(expected, 4);
  });

  it('applies the Machado matrices to linear RGB, rows by output channel', () => {
    const [r, g, b] = simulateLinear('#FF0000', 'protanopia');
    expect(r).toBeCloseTo(0.152286, 6);
    expect(g).toBeCloseTo(0.114503, 6);
    expect(b).toBe(0); // -0.003882 clamped to the gamut
    const [, , tritanBlue] = simulateLinear('#00FF00', 'tritanopia');
    expect(tritanBlue).toBeCloseTo(0.691367, 6);
  });

  it.each(VISIONS)('%s keeps white white and black black', (vision) => {
    expect(labAs('#ffffff', vision)[0]).toBeCloseTo(100, 0);
    expect(labAs('#000000', vision)[0]).toBeCloseTo(0, 6);
  });

  it('finds the red-green confusion that the old palette had (vermillion vs brown)', () => {
    const normal = deltaE2000(labAs('#D55E00', 'normal'), labAs('#8C6D31', 'normal'));
    const protan = deltaE2000(labAs('#D55E00', 'protanopia'), labAs('#8C6D31', 'protanopia'));
    expect(normal).toBeGreaterThan(MIN_DELTA_E);
    expect(protan).toBeLessThan(MIN_DELTA_E);
    expect(closestPair(['#0072B2', '#D55E00', '#8C6D31'])).toMatchObject({
      vision: 'protanopia',
      first: '#D55E00',
      second: '#8C6D31',
    });
  });

  it('linearToLab of the D65 white point is L* 100', () => {
    expect(linearToLab([1, 1, 1])[0]).toBeCloseTo(100, 3);
  });
});

const byKeys = (keys: readonly string[]) =>
  keys.map((key) => {
    const colour = SPLIT_COLOURS[key];
    if (!colour) throw new Error(`no colour for ${key}`);
    return colour;
  });

/** Colours drawn together in one chart. */
const CHART_PALETTES: [string, readonly string[]][] = [
  ['Pledges by donor, split by instrument', byKeys(instrumentValues)],
  ['Pledges by donor, split by category', byKeys(categoryValues)],
  ['PURL packages over time', Object.values(PURL_COLOURS)],
  ['Kiel tracker allocations', Object.values(KIEL_COLOURS)],
  ['SERIES_COLOURS', SERIES_COLOURS],
];

describe.each(CHART_PALETTES)('palette: %s', (_name, colours) => {
  it('has no colour twice', () => {
    expect(new Set(colours.map((colour) => colour.toLowerCase())).size).toBe(colours.length);
  });

  it.each(colours)(`%s has at least ${MIN_BAR_CONTRAST}:1 contrast on white`, (colour) => {
    expect(contrastRatio(colour, SURFACE)).toBeGreaterThanOrEqual(MIN_BAR_CONTRAST);
  });

  it(`keeps every pair CIEDE2000 >= ${MIN_DELTA_E} for normal vision and protanopia, deuteranopia, tritanopia`, () => {
    const closest = closestPair(colours);
    expect(closest, 'a palette has at least two colours').not.toBeNull();
    expect(
      closest?.deltaE,
      `${closest?.first} and ${closest?.second} are too close under ${closest?.vision}`,
    ).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });
});
