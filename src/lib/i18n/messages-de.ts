import { euOptionsDe } from '@/features/eu-options/eu-options-text';
import { financingDe } from '@/features/financing/financing-text';
import type { Messages } from './messages-en';

/** German interface text for a briefing audience; proper names and source titles stay as they are. */
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const de = {
  app: {
    documentTitle: 'Hilfe für die Ukraine: Wer hat was zugesagt',
    title: 'Hilfe für die Ukraine: Wer hat was zugesagt',
    lede: 'Zusagen nach Geberland, Instrument und Zeit, NATO-PURL-Pakete und der Kiel Ukraine Support Tracker: jede Zahl mit Quelle, gemeinsame Pakete einmal gezählt, Originalwährungen erhalten.',
    skipLink: 'Zu den Diagrammen springen',
    pagesNav: 'Seiten',
    pages: { explorer: 'Zusagen und PURL', financing: 'Finanzierungslücke und EU-Optionen' },
    unknownPage: (page: string) =>
      `Der Link nennt eine Seite „${page}“, die es nicht gibt; daher wird die Übersicht der Zusagen gezeigt.`,
    kielHeading: 'Kontext: Kiel Ukraine Support Tracker, Release 29',
    kielLoading: 'Diagramme des Kiel-Trackers',
    financingLoading: 'Finanzierungslücke und EU-Optionen',
  },
  language: {
    label: 'Language / Sprache',
    names: { en: 'English', de: 'Deutsch' },
    short: { en: 'EN', de: 'DE' },
    rejected: (value: string) =>
      `Der Link verlangt die Sprache „${value}“, die dieses Dashboard nicht anbietet; angezeigt wird Deutsch.`,
    dismiss: 'Schließen',
  },
  frame: {
    showTable: 'Datentabelle anzeigen',
    showChart: 'Diagramm anzeigen',
    legend: 'Legende',
    source: 'Quelle:',
    asOf: (date: string) => `Stand: ${date}.`,
    total: 'Summe',
  },
  load: {
    couldNotLoad: (what: string) => `Fehler beim Laden: ${what}.`,
    restWorks: 'Der Rest des Dashboards funktioniert weiter.',
    retry: 'Erneut versuchen',
    loading: (label: string) => `Wird geladen: ${label} …`,
    notFound: (url: string) => `Die Datendatei ${url} wurde nicht gefunden (404).`,
    httpStatus: (status: number, url: string) =>
      `Der Datenserver antwortete mit ${status} für ${url}.`,
    malformed: (url: string, problems: string, more: number) =>
      `Die Datendatei ${url} ist fehlerhaft: ${problems}${more > 0 ? ` (und ${more} weitere Probleme)` : ''}.`,
    timeout: (url: string, seconds: string) =>
      `Die Datendatei ${url} kam nicht rechtzeitig an (nicht innerhalb von ${seconds}); der Server oder die Verbindung ist möglicherweise langsam.`,
    network: (url: string) =>
      `Die Datendatei ${url} war nicht erreichbar: Die Verbindung ist vielleicht offline, oder die Anfrage wurde blockiert.`,
    tooSlow: 'Die Daten kamen nicht rechtzeitig an.',
    generic: 'Die Daten konnten nicht geladen werden.',
  },
  source: {
    reliability: {
      official: 'amtlich',
      wire: 'Agentur/große Medien',
      media: 'Medien',
      aggregator: 'Aggregator, geringere Verlässlichkeit',
      'pro-kremlin': 'kremlnahes Medium, wenig verlässlich',
    },
    addressNotShown: (url: string) => `[Adresse nicht angezeigt: ${url}]`,
  },
  filters: {
    panel: 'Filter',
    open: 'Filter',
    hide: 'Filter ausblenden',
    active: (count: string) => ` (${count} aktiv)`,
    donorCountries: 'Geberländer',
    donorHint: 'Name oder Kürzel eingeben, auf Deutsch oder Englisch.',
    noPledgesInData: 'keine Zusagen in den Daten',
    noMatch: (query: string) => `Kein Geber passt zu „${query}“.`,
    found: (count: number) => `${count} ${plural(count, 'Geber', 'Geber')} gefunden`,
    noneSelected: 'Kein Geber ausgewählt: Alle Geber werden gezeigt.',
    selectedDonors: 'Ausgewählte Geber',
    remove: (name: string) => `${name} entfernen`,
    presets: 'Gebergruppen',
    presetLabels: {
      all: 'Alle',
      eu27: 'EU-27',
      'nordic-baltic-8': 'Nordisch-Baltische 8',
      g7: 'G7',
      purl: 'PURL-Beitragende',
    },
    clearAll: 'Alle entfernen',
    all: 'Alle',
    instrument: 'Instrument',
    category: 'Kategorie',
    period: 'Zeitraum',
    from: 'Von',
    to: 'Bis',
    incompleteMonth: 'Bitte einen vollständigen Monat eingeben oder das Feld leeren.',
    reset: 'Alle Filter zurücksetzen',
    dismiss: 'Schließen',
  },
  labels: {
    instruments: {
      purl: 'NATO PURL',
      'nato-fund': 'NATO-Fonds (CAP, nicht letal)',
      'bilateral-military': 'Bilateral militärisch',
      'bilateral-civil': 'Bilateral zivil',
      'bilateral-mixed': 'Bilateral militärisch + zivil',
      'eu-budget': 'EU-Haushalt (Ukraine-Fazilität)',
      'eu-loan': 'EU-Darlehen (Ukraine Support Loan)',
      'eu-proposal': 'EU-Vorschlag (nicht beschlossen)',
      'g7-era': 'G7-ERA-Kredite',
    },
    categories: {
      military: 'Militärisch',
      financial: 'Finanziell',
      humanitarian: 'Humanitär',
      mixed: 'Militärisch + zivil (nicht aufgeteilt)',
    },
    statuses: {
      proposed: 'Vorgeschlagen',
      planned: 'Geplant',
      budgeted: 'Im Haushalt',
      reported: 'Berichtet',
      pledged: 'Zugesagt',
      committed: 'Fest zugesagt',
      adopted: 'Beschlossen',
      allocated: 'Bereitgestellt',
      disbursed: 'Ausgezahlt',
      'not-adopted': 'Nicht beschlossen',
    },
    qualifiers: {
      exact: '',
      about: 'etwa',
      'at-least': 'mindestens',
      over: 'über',
      'up-to': 'bis zu',
      'per-year': 'pro Jahr',
    },
  },
  pledges: {
    section: 'Zusagen',
    loadWhat: 'Zusagedaten',
    loadingLabel: 'Zusagedaten',
    headline: 'Kennzahlen',
    totalPledged: 'Zusagen insgesamt',
    filtered: ' (gefiltert)',
    convertedNote: 'umgerechnet zu ungefähren Referenzkursen',
    jointNote: (amount: string) =>
      `; davon ${amount} in gemeinsamen Paketen, keinem einzelnen Geber zugeordnet`,
    donors: 'Geber',
    pledgeLines: (count: string) => `${count} Zusagezeilen`,
    latest: 'Jüngste Zusage',
    noPledgeInFilter: 'Keine Zusage in diesem Filter',
    dataAsOf: 'Datenstand',
    latestInData: 'jüngste Ankündigung in den Daten',
    joint: 'Gemeinsam, nicht zugeordnet',
    byDonorTitle: 'Zusagen nach Geberland',
    byDonorUnits: (split: string) =>
      `Mio. €, umgerechnet zu Referenzkursen; aufgeteilt nach ${split}`,
    splitNames: { instrument: 'Instrument', category: 'Kategorie' },
    splitBy: 'Balken aufteilen nach',
    splitOption: { instrument: 'Nach Instrument', category: 'Nach Kategorie' },
    researchSource:
      'Rechercheliste des Projekts mit belegten Zusagen (die Quelle jeder Zeile steht in der Tabelle unten)',
    byDonorNotes:
      'Gemeinsame Pakete zählen einmal: Bekannte Länderanteile erscheinen beim jeweiligen Land; der Rest eines Pakets erscheint als „Gemeinsam, nicht zugeordnet“ (schraffiert). In späteren Zusagen enthaltene Zusagen werden nicht doppelt gezählt.',
    byDonorCaption: 'Zusagen nach Geberland, Mio. €',
    donor: 'Geber',
    eurMillionColumn: (label: string) => `${label} (Mio. €)`,
    totalEurM: 'Summe (Mio. €)',
    noMatch: 'Keine Zusagen passen zu diesem Filter.',
    byDonorSvgTitle: 'Zusagen nach Geberland in Mio. €',
    byDonorDesc: (split: string) =>
      `Gestapelte waagerechte Balken, einer je Geber, aufgeteilt nach ${split}; die Datentabelle enthält dieselben Zahlen.`,
    eurMillionTooltip: (value: string) => `${value}\u00a0Mio.\u00a0€`,
    rejectedRows: {
      intro: (count: number, file: string) =>
        `${count} ${plural(count, 'Zeile', 'Zeilen')} von ${file} ${plural(count, 'wurde', 'wurden')} ausgelassen:`,
    },
  },
  table: {
    title: 'Alle Zusagen im Filter',
    units: 'Originalwährung und Mio. €; die Summe zählt jeden Euro einmal',
    source: 'die eigenen Quellen jeder Zeile (letzte Spalte)',
    columns: {
      donor: 'Geber',
      instrument: 'Instrument',
      amount: 'Betrag (Originalwährung)',
      eur: 'Mio. € (umgerechnet)',
      counted: 'In Summen gezählt (Mio. €)',
      date: 'Angekündigt',
      status: 'Status',
    },
    sourceColumn: 'Quelle',
    showing: (shown: string, total: string) =>
      `${shown} von ${total} Zusagezeilen (sortiert); die Summe zählt alle. `,
    lines: (total: string) => `${total} Zusagezeilen. `,
    captionRest:
      'Beträge in ihrer Originalwährung; Euro-Werte zu ungefähren Referenzkursen umgerechnet.',
    undated: (count: number) =>
      ` ${count} ${plural(count, 'Zeile', 'Zeilen')} ohne Datum ${plural(count, 'fällt', 'fallen')} durch den Datumsfilter heraus.`,
    details: 'Details',
    disagree: (amount: string) => `Quellen widersprechen sich: ${amount} laut `,
    noDate: 'ohne Datum',
    total: 'Summe',
    notSummed: 'nicht addiert (enthält Paketsummen)',
    showMore: (count: string) => `${count} weitere anzeigen`,
    showAll: (count: string) => `Alle ${count} anzeigen`,
    shareOf: (id: string) => `Anteil am gemeinsamen Paket ${id}.`,
    spans: (ids: string) =>
      `Umfasst das gemeinsame Paket ${ids} und weitere; Anteil je Paket nicht angegeben.`,
    includedIn: (id: string) => `Enthalten in ${id}.`,
    notAdopted: 'Vorschlag nicht beschlossen: nicht gezählt.',
    jointRemainder: (attributed: string, covered: string | null) =>
      `Gesamtbetrag eines gemeinsamen Pakets: Die bekannten Anteile (${attributed}) zählen beim jeweiligen Land${
        covered ? `, Ländersummen über mehrere Pakete decken ${covered} ab` : ''
      }; nur der Rest zählt hier, als „gemeinsam, nicht zugeordnet“.`,
    contains: (ids: string, amount: string) => `Enthält ${ids} (${amount}), dort gezählt.`,
    noRate: 'Kein Referenzkurs für diese Währung: nicht umgerechnet, nicht gezählt.',
  },
  purl: {
    title: 'PURL-Pakete im Zeitverlauf',
    units:
      'Mio. €, umgerechnet zu Referenzkursen: Balken = jedes Paket oder jeder Beitrag bei Ankündigung, Linie = laufende Summe ohne Doppelzählung',
    source:
      'Rechercheliste des Projekts mit belegten Zusagen (Quellen je Zeile in der Tabelle der Zusagen)',
    caption: 'PURL-Pakete und -Beiträge nach Datum',
    noMatch: 'Keine PURL-Zusagen passen zu diesem Filter.',
    svgTitle: 'PURL-Pakete im Zeitverlauf, Mio. €',
    desc: 'Balken für jedes Paket am Tag seiner Ankündigung, eine Linie für die laufende Summe; die Datentabelle enthält dieselben Zahlen.',
    columns: {
      date: 'Angekündigt',
      label: 'Paket oder Beitrag',
      amount: 'Betrag (original)',
      eur: 'Mio. € (umgerechnet)',
      adds: 'Erhöht die laufende Summe um (Mio. €)',
      running: 'Laufende Summe (Mio. €)',
    },
    single: 'Beitrag eines Landes',
    jointTotal: 'Gemeinsames Paket (gesamt)',
    running: 'Laufende Summe (rechte Achse)',
    statedLoading: 'Genannte laufende Summen werden geladen …',
    statedUnavailable: 'Genannte laufende Summen nicht verfügbar:',
    statedSummary: (count: string) =>
      `Laufende Summen laut NATO, USA, Ukraine und Presse (${count}; keine Zusagen, nie addiert)`,
    per: (period: string) =>
      ` pro ${period === 'month' ? 'Monat' : period === 'year' ? 'Jahr' : period}`,
    statedTypes: {
      cumulative_pledged: 'bisher zugesagt',
      delivered_value: 'bisher geliefert',
      new_pledges_at_meeting: 'neue Zusagen bei einem Treffen',
      target: 'Ziel',
      cumulative_2025: 'im Jahr 2025 aufgebracht',
    },
    notes:
      'Gemeinsame Pakete sind ein schraffierter Balken; ihre bekannten Länderanteile werden dort genannt, der Rest ist „keinem einzelnen Land zugeordnet“.',
  },
  kiel: {
    allocationsTitle: 'Bereitstellungen nach Geberland (Kiel-Tracker)',
    monthlyTitle: 'Bereitstellungen je Monat (Kiel-Tracker)',
    unitsEur: 'Mrd. €, Bereitstellungen',
    unitsGdp: '% des BIP des Geberlands',
    measure: 'Maß',
    measureEur: 'Mrd. €',
    measureGdp: '% des BIP',
    categories: { military: 'Militärisch', financial: 'Finanziell', humanitarian: 'Humanitär' },
    released: (date: string) => `, veröffentlicht am ${date}`,
    dataPeriod: (month: string) => `${month} (Datenzeitraum)`,
    noTable: (file: string) => `Keine Datentabelle: ${file} konnte nicht geladen werden.`,
    loading: 'Wird geladen …',
    loadWhat: (file: string) => `Datei ${file} des Kiel-Trackers`,
    showTop: (count: number) => `Nur die größten ${count} Geber zeigen`,
    showAll: (count: number) => `Alle ${count} Geber zeigen`,
    noMatch: 'Keine Bereitstellungen des Kiel-Trackers passen zu diesem Filter.',
    allocationsSvgTitle: (unit: string) => `Bereitstellungen nach Geberland, ${unit}`,
    allocationsDesc: (count: number, categories: string) =>
      `Gestapelte waagerechte Balken, einer je Geber (${count} gezeigt), aufgeteilt in ${categories}; die Datentabelle enthält dieselben Zahlen.`,
    monthlySvgTitle: 'Bereitstellungen je Monat, Mrd. €',
    monthlyDesc: (from: string, to: string) =>
      `Gestapelte Balken, einer je Monat von ${from} bis ${to}; die Datentabelle enthält dieselben Zahlen.`,
    donor: 'Geber',
    month: 'Monat',
    column: (label: string, unit: string) => `${label} (${unit})`,
    totalColumn: (unit: string) => `Summe (${unit})`,
    footerGdp: (count: number) => `Alle ${count} Geber (% ihres gemeinsamen BIP)`,
    footerEur: (count: number) => `Summe, ${count} Geber`,
    footerMonths: (count: number) => `Summe, ${count} Monate`,
    allocationsCaption: (gdp: boolean) =>
      `Bereitstellungen nach Geberland, ${gdp ? '% des BIP des Geberlands' : 'Mrd. €'}, größte zuerst`,
    monthlyCaption: 'Bereitstellungen je Monat, Mrd. €',
    negative: (count: number) =>
      `${count} ${plural(count, 'Geber-Monat', 'Geber-Monate')} in dieser Auswahl ${plural(count, 'weist', 'weisen')} einen negativen Wert „noch bereitzustellen“ aus (eine Nettogröße: Hilfe, die später bereitgestellt als zugesagt wurde). Wie veröffentlicht übernommen; nie von den gezeigten Bereitstellungen abgezogen.`,
    excluded: (count: number, list: string) =>
      `Nicht als % des BIP gezeigt (${count} Geber): ${list}.`,
    instrumentsIgnored: 'Instrumentfilter gelten nur für Zusagen, nicht für den Kiel-Tracker.',
    problems: (count: number, file: string, line: number, field: string, message: string) =>
      `${count} ${plural(count, 'Zeile', 'Zeilen')} von ${file} ${plural(count, 'konnte', 'konnten')} nicht gelesen werden und ${plural(count, 'bleibt', 'bleiben')} außen vor (erste: Zeile ${line}, ${field}: ${message}).`,
  },
  financing: financingDe,
  euOptions: euOptionsDe,
} satisfies Messages;
