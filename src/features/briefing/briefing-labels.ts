import { getLocale, type Locale } from '@/lib/i18n/locale';

/**
 * The briefing and share labels the first view needs (header buttons, theme select, the
 * Export button's placeholder), English and German. Everything else of briefing mode is in
 * briefing-text.ts, which only the lazily loaded deck, export and embed code imports.
 */
export const briefingLabelsEn = {
  present: 'Present',
  presentHint: 'Open the charts of this view as full-screen slides',

  exportMenu: 'Export',

  share: 'Share',
  copyLink: 'Copy link',
  linkCopied: 'Link to this view copied.',
  linkCopyFailed: 'The browser did not allow copying. Select the link below and copy it.',
  cite: 'Cite this view',
  citationCopied: 'Citation copied.',
  embed: 'Embed…',
  /** What is loading while an embedded chart's code arrives. */
  loadingChart: 'chart',
};

export type BriefingLabels = typeof briefingLabelsEn;

export const briefingLabelsDe = {
  present: 'Präsentieren',
  presentHint: 'Die Diagramme dieser Ansicht als Vollbild-Folien zeigen',

  exportMenu: 'Exportieren',

  share: 'Teilen',
  copyLink: 'Link kopieren',
  linkCopied: 'Link zu dieser Ansicht kopiert.',
  cite: 'Diese Ansicht zitieren',
  citationCopied: 'Zitierangabe kopiert.',
  linkCopyFailed:
    'Der Browser hat das Kopieren nicht erlaubt. Bitte den Link unten markieren und kopieren.',
  embed: 'Einbetten …',
  loadingChart: 'Diagramm',
} satisfies BriefingLabels;

const LABELS: Record<Locale, BriefingLabels> = { en: briefingLabelsEn, de: briefingLabelsDe };

/** The first view's briefing labels in `locale` (default: the current one, read at each call). */
export function briefingLabels(locale: Locale = getLocale()): BriefingLabels {
  return LABELS[locale];
}
