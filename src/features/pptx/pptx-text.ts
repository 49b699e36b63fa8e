import { getLocale } from '@/lib/i18n/locale';

/** The PowerPoint deck's own words (the slides' titles and takeaways come from the slide model). */
const en = {
  downloadPptx: 'Download as PowerPoint',
  exportPptx: 'PowerPoint (.pptx), editable chart',
  coverTitle: 'Ukraine aid pledges: briefing deck',
  views: 'Views',
  dataAsOf: (dates: string) => `Data as of: ${dates}`,
  exportedOn: (date: string) => `Exported on ${date}`,
  themeLine: (theme: string) => `Template: ${theme}`,
  themes: { light: 'light', projector: 'projector (high contrast)' },
  filtersLabel: 'Filters',
  sourceLabel: 'Source',
  asOfLabel: 'As of',
  /** Series names where the page's legend names a drawing PowerPoint does not have (hatching, outline). */
  jointPackage: 'Joint package (total)',
  remainingGap: 'Gap left after the step',
  disputed: 'Disputed figures',
  moreInNotes: (count: number) => `… and ${count} more in the speaker notes`,
  /** Both values, each with its source. */
  disputedLine: (what: string, shown: string, shownSource: string, other: string, source: string) =>
    `${what}: ${shown} counted, per ${shownSource}; sources disagree: ${other} per ${source}`,
  sourcesTitle: 'Sources',
  citeAs: 'Cite this view as',
  citation: (date: string, url: string) => `Ukraine aid-pledge dashboard, view of ${date}. ${url}`,
  notes: {
    takeaway: 'Takeaway',
    caveats: 'Caveats and counting rules',
    sources: 'Sources (full list)',
    units: 'Units',
    nativeChart:
      'The chart is a PowerPoint chart: right-click it, Edit Data, to change or restyle its numbers.',
    pictureChart: (why: string) =>
      `This chart is a picture (PNG at twice the slide resolution), not an editable chart: ${why}`,
    whyPicture: {
      'eu-guarantees':
        'the reported guarantees are drawn as on the page; the numbers are in the table of the page and its CSV export.',
      scenario:
        'the calculator’s chart combines inputs and results; its numbers are in the CSV export.',
    } as Record<string, string>,
    merged: (count: number) =>
      `The last bar sums ${count} smaller entries, as on the deck slide; the page’s table lists them one by one.`,
    stepLine:
      'The running total is a step line on the page; PowerPoint draws it as a line through the same points.',
    gapOutline: 'The gap is a dashed outline on the page; here it is a filled bar in the same red.',
    jointBar:
      'The bar “Joint, not attributed” is hatched on the page: money of joint packages not attributed to one country.',
    countingRules:
      'Counting rules: amounts keep their original currency and are converted to EUR at the documented reference rates; joint packages are counted once and never in a country’s own total; a country’s total is its own money.',
    none: 'none',
  },
  coverNotes:
    'Each following slide holds one chart for the filters named on it. Takeaways are computed from the same numbers as the chart. Charts are editable PowerPoint charts unless their notes say otherwise.',
  closingNotes: 'Every source of the deck, with its address. Cite the view with the link above.',
};

export type PptxText = typeof en;

const de: PptxText = {
  downloadPptx: 'Als PowerPoint herunterladen',
  exportPptx: 'PowerPoint (.pptx), bearbeitbares Diagramm',
  coverTitle: 'Hilfszusagen für die Ukraine: Briefing-Foliensatz',
  views: 'Ansichten',
  dataAsOf: (dates: string) => `Datenstand: ${dates}`,
  exportedOn: (date: string) => `Exportiert am ${date}`,
  themeLine: (theme: string) => `Vorlage: ${theme}`,
  themes: { light: 'hell', projector: 'Beamer (hoher Kontrast)' },
  filtersLabel: 'Filter',
  sourceLabel: 'Quelle',
  asOfLabel: 'Stand',
  jointPackage: 'Gemeinsames Paket (gesamt)',
  remainingGap: 'Nach der Stufe verbleibende Lücke',
  disputed: 'Strittige Zahlen',
  moreInNotes: (count) => `… und ${count} weitere in den Notizen`,
  disputedLine: (what, shown, shownSource, other, source) =>
    `${what}: ${shown} gezählt, laut ${shownSource}; Quellen widersprechen sich: ${other} laut ${source}`,
  sourcesTitle: 'Quellen',
  citeAs: 'Diese Ansicht zitieren als',
  citation: (date, url) =>
    `Dashboard der Hilfszusagen für die Ukraine, Ansicht vom ${date}. ${url}`,
  notes: {
    takeaway: 'Kernaussage',
    caveats: 'Vorbehalte und Zählregeln',
    sources: 'Quellen (vollständige Liste)',
    units: 'Einheiten',
    nativeChart:
      'Das Diagramm ist ein PowerPoint-Diagramm: Rechtsklick, Daten bearbeiten, um seine Zahlen zu ändern oder es neu zu gestalten.',
    pictureChart: (why) =>
      `Dieses Diagramm ist ein Bild (PNG in doppelter Folienauflösung), kein bearbeitbares Diagramm: ${why}`,
    whyPicture: {
      'eu-guarantees':
        'die gemeldeten Garantien sind wie auf der Seite gezeichnet; die Zahlen stehen in der Tabelle der Seite und im CSV-Export.',
      scenario:
        'das Diagramm des Rechners verbindet Eingaben und Ergebnisse; seine Zahlen stehen im CSV-Export.',
    },
    merged: (count) =>
      `Der letzte Balken fasst ${count} kleinere Einträge zusammen, wie auf der Folie im Browser; die Tabelle der Seite listet sie einzeln.`,
    stepLine:
      'Die laufende Summe ist auf der Seite eine Stufenlinie; PowerPoint zeichnet sie als Linie durch dieselben Punkte. Gemeinsame Pakete sind auf der Seite schraffiert, hier einfach orange.',
    gapOutline:
      'Die Lücke ist auf der Seite ein gestrichelter Umriss; hier ein gefüllter Balken im selben Rot.',
    jointBar:
      'Der Balken „Gemeinsam, nicht zugeordnet“ ist auf der Seite schraffiert: Geld gemeinsamer Pakete, das keinem Land zugeordnet ist.',
    countingRules:
      'Zählregeln: Beträge behalten ihre Originalwährung und werden zu den dokumentierten Referenzkursen in EUR umgerechnet; gemeinsame Pakete werden einmal gezählt und nie in der Summe eines Landes; die Summe eines Landes ist sein eigenes Geld.',
    none: 'keine',
  },
  coverNotes:
    'Jede folgende Folie zeigt ein Diagramm für die dort genannten Filter. Die Kernaussagen sind aus denselben Zahlen berechnet wie das Diagramm. Die Diagramme sind bearbeitbare PowerPoint-Diagramme, sofern ihre Notizen nichts anderes sagen.',
  closingNotes:
    'Alle Quellen des Foliensatzes mit Adresse. Zitieren Sie die Ansicht mit dem Link oben.',
};

/** The deck's words in the current language (read at each call). */
export function pptxText(): PptxText {
  return getLocale() === 'de' ? de : en;
}
