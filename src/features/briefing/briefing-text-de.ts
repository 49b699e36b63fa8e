import type { BriefingText } from './briefing-text';

/**
 * German text of briefing mode, export, share and themes (for ministry staff). The financing
 * slides' texts (`financing`) are kept in briefing-text.ts and stay English until translated.
 */
export const BRIEFING_TEXT_DE = {
  themeLabel: 'Darstellung',
  themeNames: { light: 'Hell', dark: 'Dunkel', projector: 'Beamer (hoher Kontrast)' },

  present: 'Präsentieren',
  presentHint: 'Die Diagramme dieser Ansicht als Vollbild-Folien zeigen',
  deckLabel: 'Präsentation',
  slideCounter: (current: number, total: number) => `Folie ${current} von ${total}`,
  previous: 'Zurück',
  next: 'Weiter',
  close: 'Schließen (Esc)',
  pickSlides: 'Folien auswählen',
  printHandout: 'Handout drucken',
  fullScreen: 'Vollbild',
  keysHelp:
    'Tasten: Pfeil rechts, Leertaste oder Bild ab für weiter; Pfeil links oder Bild auf für zurück; Pos1, Ende; Esc zum Schließen.',
  loadingSlide: 'Die Daten für diese Folie werden geladen …',
  slideFailed: (what: string) =>
    `Diese Folie kann nicht gezeigt werden: ${what} konnte nicht geladen werden.`,
  emptyDeck: 'Keine Folien ausgewählt. Mit „Folien auswählen“ Diagramme hinzufügen.',
  sourceLabel: 'Quelle',
  asOfLabel: 'Stand',
  filtersLabel: 'Filter',

  pickTitle: 'Folien auswählen und ordnen',
  pickIntro: 'Die zu zeigenden Diagramme ankreuzen; mit „Nach oben“ und „Nach unten“ ordnen.',
  moveUp: (title: string) => `„${title}“ nach oben verschieben`,
  moveDown: (title: string) => `„${title}“ nach unten verschieben`,
  up: 'Nach oben',
  down: 'Nach unten',
  apply: 'Übernehmen',
  cancel: 'Abbrechen',
  pickNone: 'Bitte mindestens eine Folie auswählen.',

  exportMenu: 'Exportieren',
  exportMenuLabel: (title: string) => `„${title}“ exportieren`,
  exportPng: 'PNG-Bild, 1920 × 1080',
  exportPng2x: 'PNG-Bild, 2× (3840 × 2160)',
  exportSvg: 'SVG-Bild',
  exportCsv: 'Daten als CSV',
  copyImage: 'Bild kopieren',
  exportBusy: 'Datei wird vorbereitet …',
  exportDone: (file: string) => `${file} heruntergeladen.`,
  copied: 'Bild in die Zwischenablage kopiert.',
  copyRefused: (why: string) =>
    `Der Browser hat das Kopieren des Bildes nicht erlaubt (${why}). Bitte stattdessen das PNG herunterladen.`,
  exportFailed: (why: string) => `Export fehlgeschlagen: ${why}`,
  exportNotReady:
    'Die Daten für dieses Diagramm werden noch geladen; bitte gleich erneut versuchen.',

  share: 'Teilen',
  copyLink: 'Link kopieren',
  linkCopied: 'Link zu dieser Ansicht kopiert.',
  linkCopyFailed:
    'Der Browser hat das Kopieren nicht erlaubt. Bitte den Link unten markieren und kopieren.',
  embed: 'Einbetten …',
  embedTitle: 'Diagramm einbetten',
  embedIntro:
    'Diesen HTML-Code in eine Webseite einfügen. Der Rahmen zeigt nur das Diagramm, mit Quelle und Stand, und folgt den Filtern dieser Ansicht.',
  embedChart: 'Diagramm',
  embedCode: 'HTML-Code zum Einfügen',
  copyCode: 'Code kopieren',
  codeCopied: 'Einbettungscode kopiert.',
  closeDialog: 'Schließen',
  openFullView: 'Vollständiges Dashboard öffnen',
  embedUnknownChart: 'Dieser Einbettungslink nennt kein Diagramm des Dashboards.',
  conversionNote: (note: string) => note,
} satisfies Omit<BriefingText, 'financing'>;
