/**
 * PURL timeline colours (Okabe-Ito blue and vermillion, black line). Checked in
 * src/lib/colour-checks.test.ts: at least 3:1 against white, distinct under colour-vision deficiencies.
 */
export const PURL_COLOURS = {
  single: '#0072B2',
  joint: '#D55E00',
  running: '#000000',
} as const;
