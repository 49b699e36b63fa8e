import { getLocale, type Locale } from '@/lib/i18n/locale';

/**
 * How a disputed amount is marked and worded wherever it is drawn (donor chart, PURL timeline, their
 * slides and exports), in English and German. Feature-local: it loads with the pledge views.
 */
export const disputeTextEn = {
  /** The mark after a drawn figure whose amount sources disagree on. */
  mark: '†',
  heading: 'Disputed amounts (†)',
  drawnAs: (label: string, drawn: string, source: string) =>
    `${label}: drawn as ${drawn} per ${source}`,
  alternative: (value: string, source: string) => `${value} per ${source}`,
  joinAlternatives: '; also reported as ',
  barNote: (dispute: string, bars: string) => `${dispute} Bars holding money of it: ${bars}.`,
  csvDisputed: 'Disputed (†)',
  csvDrawnSource: 'Source of the drawn value',
  csvAlternative: 'Alternative value (original currency)',
  csvAlternativeEur: 'Alternative value (EUR m)',
  csvAlternativeSource: 'Source of the alternative value',
  yes: 'yes',
  notConverted: 'not converted',
};

export type DisputeText = typeof disputeTextEn;

export const disputeTextDe = {
  mark: '†',
  heading: 'Umstrittene Beträge (†)',
  drawnAs: (label: string, drawn: string, source: string) =>
    `${label}: gezeichnet als ${drawn} laut ${source}`,
  alternative: (value: string, source: string) => `${value} laut ${source}`,
  joinAlternatives: '; auch berichtet als ',
  barNote: (dispute: string, bars: string) => `${dispute} Balken mit Geld daraus: ${bars}.`,
  csvDisputed: 'Umstritten (†)',
  csvDrawnSource: 'Quelle des gezeichneten Werts',
  csvAlternative: 'Abweichender Wert (Originalwährung)',
  csvAlternativeEur: 'Abweichender Wert (Mio. €)',
  csvAlternativeSource: 'Quelle des abweichenden Werts',
  yes: 'ja',
  notConverted: 'nicht umgerechnet',
} satisfies DisputeText;

export function disputeText(locale: Locale = getLocale()): DisputeText {
  return locale === 'de' ? disputeTextDe : disputeTextEn;
}
