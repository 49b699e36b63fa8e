import { briefingLabelsDe } from './briefing-labels';
import type { BriefingText } from './briefing-text';

/** German text of briefing mode, export, share, themes and the financing slides (for ministry staff). */
export const BRIEFING_TEXT_DE = {
  ...briefingLabelsDe,

  deckLabel: 'Präsentation',
  slideCounter: (current: number, total: number) => `Folie ${current} von ${total}`,
  previous: 'Zurück',
  next: 'Weiter',
  close: 'Schließen (Esc)',
  pickSlides: 'Folien auswählen',
  printHandout: 'Handout drucken',
  fullScreen: 'Vollbild',
  keysHelp:
    'Tasten: Pfeil rechts, Leertaste oder Bild ab für weiter; Pfeil links oder Bild auf für zurück; Pos1, Ende; N für die Sprechernotizen; Esc zum Schließen.',
  speakerNotes: 'Sprechernotizen',
  moreInNotes: 'Alle Vorbehalte: Sprechernotizen (N).',
  fxShortNote: 'Euro zu je einem ungefähren, belegten Kurs pro Währung (fx-rates.json).',
  disputedShortNote: (mark: string) =>
    `${mark} umstrittene Zahl (beide Werte und Quellen in den Notizen).`,
  notesFor: (title: string) => `Sprechernotizen: ${title}`,
  loadingSlide: 'Die Daten für diese Folie werden geladen …',
  slideFailed: (what: string) =>
    `Diese Folie kann nicht gezeigt werden: ${what} konnte nicht geladen werden.`,
  emptyDeck: 'Keine Folien ausgewählt. Mit „Folien auswählen“ Diagramme hinzufügen.',
  sourceLabel: 'Quelle',
  asOfLabel: 'Stand',
  filtersLabel: 'Filter',
  unitsLabel: 'Einheiten',
  noteLabel: 'Hinweis',
  roundingLabel: 'Rundung (Nachkommastellen je Spalte)',

  pickTitle: 'Folien auswählen und ordnen',
  pickIntro: 'Die zu zeigenden Diagramme ankreuzen; mit „Nach oben“ und „Nach unten“ ordnen.',
  moveUp: (title: string) => `„${title}“ nach oben verschieben`,
  moveDown: (title: string) => `„${title}“ nach unten verschieben`,
  up: 'Nach oben',
  down: 'Nach unten',
  apply: 'Übernehmen',
  cancel: 'Abbrechen',
  pickNone: 'Bitte mindestens eine Folie auswählen.',
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
  legend: 'Legende',
  numberedKey: 'Legende der nummerierten Pakete',

  explorer: {
    and: ' und ',
    /** German style: "68 %" (no-break space, never wrapped apart). */
    percent: (value: string) => `${value}\u00a0%`,
    jointLegend: 'Gemeinsam, nicht zugeordnet (schraffiert)',
    donorCode: 'Geber-Code',
    more: (count: string) => `${count} weitere`,
    moreDonors: (count: string) => `${count} weitere Geber`,
    pledgeSource:
      'Rechercheliste des Projekts mit belegten Zusagen (pledges.json; die Quelle jeder Zeile steht in der Tabelle der Zusagen im Dashboard)',
    purlUnits: 'Mio. € zu Referenzkursen; Pakete nach Datum nummeriert, Geber in der Legende',
    purlJointLegend: 'Gemeinsames Paket (gesamt, schraffiert)',
    description: 'Beschreibung',
    currency: 'Währung',
    amountMillion: 'Betrag wie angekündigt (Mio., in der Währung der nächsten Spalte)',
    unitEurBn: 'Mrd. €',
    unitGdp: '% des BIP',
    notInGdpView: (list: string) => `Nicht in der Ansicht „% des BIP“: ${list}.`,

    allFilters: 'Alle Geber, Instrumente, Kategorien und Zeiträume',
    donorsFilter: (names: string) => `Geber: ${names}`,
    manyDonors: (count: number, firstNames: string) => `${count} Geber (${firstNames}, …)`,
    instrumentsFilter: (names: string) => `Instrumente: ${names}`,
    categoriesFilter: (names: string) => `Kategorien: ${names}`,
    fromTo: (from: string, to: string) => `${from} bis ${to}`,
    fromOnly: (from: string) => `Ab ${from}`,
    upTo: (to: string) => `Bis ${to}`,

    noPledges: 'Keine Zusagen passen zu diesem Filter.',
    onlyJoint: (total: string) =>
      `${total} gezählt, alles in gemeinsamen Paketen, keinem einzelnen Land zugeordnet.`,
    jointPart: (amount: string) => `; ${amount} aus gemeinsamen Paketen keinem Land zugeordnet`,
    oneDonor: (donor: string, amount: string, joint: string) =>
      `${donor}: ${amount} gezählt${joint}.`,
    /** Worded without a verb on the donor: names such as "EU-Institutionen" are plural. */
    leadingDonor: (
      donor: string,
      amount: string,
      share: string,
      total: string,
      count: string,
      joint: string,
    ) =>
      `An der Spitze: ${donor} mit ${amount} (${share} der ${total} von ${count} Gebern)${joint}.`,

    noPurl: 'Keine PURL-Zusagen passen zu diesem Filter.',
    purlLatestMonth: (month: string, label: string, running: string) =>
      `Jüngster Monat ${month}: ${label}; insgesamt ${running}, jeder Euro einmal gezählt.`,
    purlOnly: 'die einzige',
    purlLatestOf: (count: string) => `die jüngste von ${count}`,
    purlLatest: (who: string, amount: string, date: string, count: string, running: string) =>
      `${who}: ${amount} über PURL am ${date}, ${count}; insgesamt ${running}, jeder Euro einmal gezählt.`,
    purlOwnLatest: (who: string, amount: string, date: string, count: string, own: string) =>
      `${who}: ${amount} über PURL am ${date}, ${count} der ausgewählten Geber; ${own} eigenes Geld.`,
    purlJointApart: (count: string) =>
      ` ${count} ${count === '1' ? 'gemeinsames Paket' : 'gemeinsame Pakete'} mit anderen Gebern hier nicht gezählt.`,
    purlAllJoint: (who: string, count: string) =>
      `${who}: PURL-Geld nur in ${count} ${count === '1' ? 'gemeinsamem Paket' : 'gemeinsamen Paketen'} mit Gebern außerhalb des Filters.`,

    noKiel: 'Keine Bereitstellungen des Kiel-Trackers passen zu diesem Filter.',
    kielGdpLead: (donor: string, share: string, count: string, together: string) =>
      `Gemessen an der Wirtschaftskraft am meisten: ${donor} mit ${share} des BIP; die ${count} Geber zusammen ${together} ihres gemeinsamen BIP.`,
    kielOneDonor: (donor: string, amount: string) => `${donor}: ${amount} bereitgestellt.`,
    kielLead: (donor: string, amount: string, share: string, total: string, count: string) =>
      `Am meisten bereitgestellt: ${donor} mit ${amount}, ${share} der ${total} aller ${count} gezeigten Geber.`,
    kielLargestMonth: (month: string, amount: string, latest: string) =>
      `Stärkster Monat: ${month} mit ${amount}; ${latest}.`,
    kielLargestIsLatest: 'zugleich der jüngste Monat',
    kielLatestMonth: (month: string, amount: string) => `jüngster Monat ${month}: ${amount}`,
  },

  financing: {
    fundingGapTitle: 'Finanzierungslücke 2026–2027: Bedarf und Deckung',
    fundingGapUnits: 'Mrd. EUR; Beträge in anderen Währungen zu den Referenzkursen umgerechnet',
    estimateSummary: (label: string) => `Bedarfsschätzung ${label}`,
    estimateUnrecognised: (value: string, label: string) =>
      `die Bedarfsschätzung „${value}“ im Link wurde nicht erkannt; gezeigt wird die Vorgabe, ${label}`,
    needBar: (label: string) => `Bedarf (${label})`,
    gapLegend: 'Verbleibende Lücke (gestrichelter Rahmen)',
    needLegend: 'Bedarf',
    gapLine: (label: string) => `${label} (Bedarf minus Deckung)`,
    subtotalLine: (status: string) => `Zwischensumme, ${status}`,
    gapColumns: [
      'Posten',
      'Stand der Finanzierung',
      'Betrag wie angegeben (Mio., in der Währung der nächsten Spalte)',
      'Währung',
      'Kurs (EUR je Einheit dieser Währung)',
      'Betrag (Mrd. EUR)',
      'Verbleibend nach diesem Posten (Mrd. EUR)',
    ],
    scenarioColumns: [
      'Jahr',
      'Plan A: Zinsanteil, kumuliert (Mrd. EUR)',
      'Plan B: Garantie, berichtet (Mrd. EUR)',
      'Plan B: Garantie, mit BIP-Schlüssel berechnet (Mrd. EUR)',
    ],
    guaranteeColumns: ['Mitgliedstaat', 'Kürzel', 'Garantie (Mrd. EUR)', 'Quellen'],
    fundingGapSource: (estimateSources: string) =>
      `Bedarf: ${estimateSources}; Deckung: Quelle jeder Zeile in der Datentabelle (financing.json)`,

    guaranteesTitle: 'Plan B: nationale Garantien laut Berichten',
    guaranteesUnits:
      'Mrd. EUR je Mitgliedstaat, Reparationsdarlehen, aufgeteilt nach BNE/Wirtschaftskraft',
    guaranteesLead: (country: string, amount: string, share: string, total: string, n: number) =>
      `${country} trägt die größte berichtete Garantie: ${amount}, ${share} der ${total}, die für ${n} Mitgliedstaaten aufgeführt sind.`,
    guaranteesNone: 'Es werden keine nationalen Garantien berichtet.',
    guaranteeLegend: 'Berichtete Garantie',
    guaranteesSvgTitle: 'Plan B: nationale Garantien, Mrd. EUR',
    guaranteesSummary: 'laut Berichten; nicht beschlossen',
    reportedBy: (sources: string) => `berichtet von ${sources}`,

    scenarioDeckTitle: 'Szenario: Zinsanteil Plan A gegenüber Garantie Plan B',
    scenarioTitle: (country: string) => `${country}: Zinsen Plan A gegenüber Garantie Plan B`,
    scenarioUnits:
      'Mrd. EUR; Balken: bisher gezahlte Zinsen Plan A (kumuliert); Linien: Garantie Plan B',
    /** `country` as returned by `possessive` (German: the name itself). */
    scenarioShare: (rate: string, years: string, country: string, share: string, planB: string) =>
      `Bei ${rate} über ${years} trägt ${country} ${share} der Zinsen von Plan A, gegenüber einer Garantie nach Plan B von ${planB}.`,
    scenarioNotParticipant: (rate: string, years: string, country: string, planB: string) =>
      `Bei ${rate} über ${years} gehört ${country} nicht zu den Teilnehmern von Plan A und zahlt keine Zinsen; Garantie nach Plan B: ${planB}.`,
    scenarioNoGdp: (country: string) =>
      `Der Anteil von ${country} lässt sich nicht berechnen: Der BIP-Schlüssel hat dafür keinen Wert.`,
    years: (n: number) => (n === 1 ? '1 Jahr' : `${n} Jahre`),
    planBReported: (amount: string) => `${amount} (berichtet)`,
    planBComputed: (amount: string) =>
      `${amount} (mit dem BIP-Schlüssel berechnet; keine Angabe berichtet)`,
    planBUnknown: 'unbekannt (nicht berichtet, nicht berechenbar)',
    scenarioSummary: (rate: string, years: string, participants: number, country: string) =>
      `Zinssatz ${rate}, ${years}, ${participants} teilnehmende Mitgliedstaaten, Land ${country}`,
    inputDefaulted: (field: string, message: string) =>
      `${field} im Link nicht verwendbar (${message}) – die Vorgabe wird verwendet`,
    inputNote: (field: string, message: string) => `${field} im Link: ${message}`,
    /** German sentences above take the plain name. */
    possessive: (name: string) => name,
    fieldNames: { rate: 'Zinssatz', years: 'Jahre', members: 'Teilnehmer', country: 'Land' },
    shareLegend: (country: string) => `${country}: bisher gezahlte Zinsen Plan A`,
    reportedLine: 'Plan B, berichtet (durchgezogene Linie)',
    computedLine: 'Plan B, mit BIP-Schlüssel berechnet (gestrichelte Linie)',
    scenarioSvgTitle: (country: string) =>
      `${country}: Zinsanteil Plan A, kumuliert, gegenüber der Garantie nach Plan B, Mrd. EUR`,
    reportedLineLabel: (amount: string) => `Plan B, berichtet: ${amount}`,
    computedLineLabel: (amount: string) => `Plan B, mit BIP-Schlüssel berechnet: ${amount}`,
    yearLabel: (n: number) => `Jahr ${n}`,
    scenarioSource: (rate: string, guarantees: string) =>
      `Zinssatz aus ${rate}; BIP-Schlüssel: Kiel Institute, Ukraine Support Tracker, Release 29 (data_explorer.csv, gdp) [amtlich]; Garantien: ${guarantees}`,
    guaranteesAsReported: 'laut Berichten (Quellen auf der Folie zu den Garantien nach Plan B)',
    noneReported: 'für dieses Land nicht berichtet',
    scenarioNote:
      'Zinsen sind gezahltes Geld; eine Garantie wird nur fällig, wenn die Vermögenswerte zurückgegeben werden müssen: nie addiert. Plan B wurde nicht beschlossen.',
  },
} satisfies BriefingText;
