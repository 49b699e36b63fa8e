import type { ReactNode } from 'react';
import type { LegendPayload } from 'recharts';
import { KIEL_CATEGORIES, type KielCategory } from '../model/kiel-selectors';
import { kielText } from '../kiel-text';
import { KIEL_RELEASES } from '../release/kiel-releases';
import { kielCitation } from '../release/kiel-release-types';

/**
 * Okabe-Ito colours (colour-blind safe), the same per category as the pledge chart's split.
 * Vermillion, not orange, for financial: orange is below 3:1 against white. Colour is never the
 * only cue: the legend names each series and the data table has the same numbers.
 */
export const KIEL_COLOURS: Record<KielCategory, string> = {
  military: '#0072B2',
  financial: '#D55E00',
  humanitarian: '#009E73',
};

/** English labels; the screen uses kielLabels() (interface language). */
export const KIEL_LABELS: Record<KielCategory, string> = kielText('en').categories;
export function kielLabels(): Record<KielCategory, string> {
  return kielText().categories;
}

/** The bundled release's citation and data period, from the release manifest (never fixed here). */
export const KIEL_CITATION = kielCitation(KIEL_RELEASES.current);
export const KIEL_URL =
  'https://www.ifw-kiel.de/topics/war-against-ukraine/ukraine-support-tracker/';
export const KIEL_DATA_PERIOD = KIEL_RELEASES.current.period;

export const UNITS_EUR = kielText('en').unitsEur;
export const UNITS_GDP = kielText('en').unitsGdp;

/** Legend in stacking order (Recharts 3 sorts legend items alphabetically by default). */
export function kielLegendOrder(item: LegendPayload): number {
  return typeof item.dataKey === 'string'
    ? (KIEL_CATEGORIES as readonly string[]).indexOf(item.dataKey)
    : 0;
}

/** Legend labels in the text colour: Recharts colours them like the series, too faint for orange. */
export function kielLegendLabel(value: unknown): ReactNode {
  return <span style={{ color: 'var(--color-text)' }}>{String(value)}</span>;
}
