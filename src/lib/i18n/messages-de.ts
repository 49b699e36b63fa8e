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
    menu: 'Menü',
    pages: { explorer: 'Zusagen und PURL', financing: 'Finanzierungslücke und EU-Optionen' },
    unknownPage: (page: string) =>
      `Der Link nennt eine Seite „${page}“, die es nicht gibt; daher wird die Übersicht der Zusagen gezeigt.`,
    kielHeading: 'Kontext: Kiel Ukraine Support Tracker, Release 29',
    kielLoading: 'Diagramme des Kiel-Trackers',
    tableLoading: 'die Tabelle der Zusagen',
    financingLoading: 'Finanzierungslücke und EU-Optionen',
  },
  language: {
    label: 'Language / Sprache',
    names: { en: 'English', de: 'Deutsch' },
    short: { en: 'EN', de: 'DE' },
    rejected: (value: string) =>
      `Der Link verlangt die Sprache „${value}“, die dieses Dashboard nicht anbietet; angezeigt wird Deutsch.`,
    dismiss: 'Schließen',
    loadFailed: (name: string) =>
      `Die Texte auf ${name} konnten nicht geladen werden (vielleicht keine Verbindung); angezeigt wird Englisch. Bitte später erneut versuchen.`,
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
    purlLoading: 'PURL-Zeitleiste',
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
  pledgeRows: {
    row: (row: string, id: string | null) => `Zeile ${row}${id ? ` (${id})` : ''}`,
    wholeRow: '(Zeile)',
    and: ' und ',
    moreProblems: (count: string) => ` (+${count} weitere)`,
    leftOut: (count: number, countText: string, file: string, list: string, more: string | null) =>
      `${countText} ${plural(count, 'Zusagezeile', 'Zusagezeilen')} in ${file} ${plural(count, 'wurde', 'wurden')} ausgelassen: ${list}${
        more ? `; und ${more} weitere` : ''
      }. Die Zahlen unten enthalten ${plural(count, 'sie', 'diese Zeilen')} nicht.`,
    issue: (where: string, message: string, shown: string | null) =>
      `${where}: ${message}${shown === null ? '' : ` (erhalten: ${shown})`}`,
    missing: 'fehlt',
    expected: (kind: string) => `erwartet: ${kind}`,
    kinds: {
      string: 'Text',
      number: 'eine Zahl',
      array: 'eine Liste',
      object: 'ein Objekt',
      boolean: 'true oder false',
      null: 'null (kein Wert)',
    },
    oneOf: (values: string) => `erwartet: einer der Werte ${values}`,
    positive: 'muss positiv sein',
    atLeast: (value: string) => `muss mindestens ${value} sein`,
    moreThan: (value: string) => `muss größer als ${value} sein`,
    atMost: (value: string) => `darf höchstens ${value} sein`,
    minEntries: (count: number, countText: string) =>
      `braucht mindestens ${countText} ${plural(count, 'Eintrag', 'Einträge')}`,
    minCharacters: (_count: number, countText: string) => `braucht mindestens ${countText} Zeichen`,
    invalid: 'ungültiger Wert',
    schema: {
      date: 'erwartet: ein gültiges Datum als JJJJ-MM-TT oder JJJJ-MM',
      url: 'erwartet: eine http- oder https-Adresse',
      urlOrBundled:
        'erwartet: eine http- oder https-Adresse oder eine mitgelieferte Kopie unter data/sources/',
      donorCode: 'erwartet: ein Geberkürzel wie DEU oder EU',
      pledgeId: 'erwartet: eine ID wie P019',
    },
    duplicateId: (id: string) => `doppelte ID ${id}`,
    alreadyUsed: (id: string, row: string) => `${id} wird bereits von ${row} verwendet`,
    missingTarget: (target: string) => `verweist auf ${target}, das es nicht gibt`,
    notPackage: (target: string) =>
      `verweist auf ${target}, das keine Paketsumme (package-total) ist`,
    leftOutTarget: (target: string, row: string) =>
      `verweist auf ${target}, das ausgelassen wurde (${row})`,
    donorNotInPackage: (donors: string, pkg: string, pkgDonors: string) =>
      `Geber ${donors} gehört nicht zu den Gebern von ${pkg} (${pkgDonors})`,
    packageNeedsTwo: 'eine Paketsumme (package-total) braucht mindestens zwei Geber',
    packageNotShare: 'eine Paketsumme (package-total) kann kein Anteil eines anderen Pakets sein',
    cycle: 'die includedIn-Verweise bilden einen Kreis',
    noRate: (currency: string) => `kein Referenzkurs für ${currency}`,
  },
  urlNotes: {
    intro: (list: string) => `Einige Link-Parameter wurden ignoriert: ${list}.`,
    item: (param: string, value: string, reason: string) =>
      value === '' ? `${param} (${reason})` : `${param} „${value}“ (${reason})`,
    moreNotListed: (count: string) => `${count} weitere, nicht einzeln genannt`,
    tooMany: (max: string) => `mehr als ${max} angegeben: der Rest wurde verworfen`,
    listedTwice: 'doppelt angegeben',
    unknownDonor: 'unbekannter Geberländercode',
    unknownInstrument: 'unbekanntes Instrument',
    unknownCategory: 'unbekannte Kategorie',
    or: ' oder ',
    expected: (values: string) => `erwartet: ${values}`,
    unknownParam: 'unbekannter Parameter',
    repeated: 'mehrfach angegeben: der erste Wert gilt',
    tooLong: (limit: string) => `länger als ${limit} Zeichen`,
    swapped: (to: string) => `später als to „${to}“: die beiden Werte wurden vertauscht`,
    notMonth: 'kein Monat, erwartet: JJJJ-MM',
    notDate: 'kein gültiges Datum',
    yearOutside: (min: string, max: string) => `Jahr außerhalb von ${min}–${max}`,
    monthFormat: 'Bitte einen Monat als JJJJ-MM eingeben, z. B. 2025-08.',
    notBefore: (month: string) => `Bitte ${month} oder später wählen.`,
    notAfter: (month: string) => `Bitte ${month} oder früher wählen.`,
    fromAfterTo: (month: string) => `„Von“ darf nicht nach „Bis“ liegen (${month}).`,
    toBeforeFrom: (month: string) => `„Bis“ darf nicht vor „Von“ liegen (${month}).`,
  },
  purlText: {
    ofWhich: (list: string) => `davon ${list}`,
    notAttributed: (amount: string) => `${amount} keinem einzelnen Land zugeordnet`,
    fullyAttributed: 'vollständig zugeordnet',
    aboutNotAttributed: (amount: string) =>
      `etwa ${amount} keinem einzelnen Land zugeordnet (zu Referenzkursen)`,
    sharesAddUp: 'die Anteile ergeben die Summe (zu Referenzkursen)',
    possessive: (name: string, amount: string) => `${name} (${amount})`,
    and: ' und ',
    spanning: (count: number, list: string) =>
      `${plural(count, 'Der Beitrag', 'Die Beiträge')} von ${list} vom selben Tag ${plural(count, 'umfasst', 'umfassen')} dieses und ein weiteres Paket`,
    monthLabel: (count: number, countText: string) =>
      `${countText} ${plural(count, 'Paket oder Beitrag', 'Pakete und Beiträge')}`,
    monthDescription: (single: string, joint: string) =>
      `${single} von einzelnen Ländern, ${joint} gemeinsam; Beträge in EUR zu Referenzkursen addiert`,
    fxNote: (rates: string) =>
      `Euro-Beträge sind mit einem ungefähren Kurs je Währung umgerechnet, abgeleitet aus den Umrechnungen der Quellen selbst (${rates}); die Quelle jedes Kurses steht in fx-rates.json.`,
  },
  a11y: {
    and: ' und ',
    allDonors: 'alle Geber',
    donorCount: (count: string) => `${count} Geber`,
    itemCount: (count: string, what: string) => `${count} ${what}`,
    instruments: 'Instrumente',
    categories: 'Kategorien',
    from: (month: string) => `ab ${month}`,
    to: (month: string) => `bis ${month}`,
    filterResult: (
      scope: string,
      total: string,
      donors: number,
      donorsText: string,
      lines: string,
    ) =>
      `Auswahl ${scope}: ${total}; ${donorsText} ${plural(donors, 'Geber', 'Geber')}, ${lines} Zeilen.`,
    filterEmpty: (scope: string) => `Auswahl ${scope}: Keine Zusage entspricht diesem Filter.`,
    chartName: (title: string) => `${title} (Diagramm)`,
    chartKeys:
      'Pfeiltasten wechseln zwischen den Punkten (Auf und Ab entlang der Balken eines waagerechten Diagramms, Links und Rechts entlang der Zeitachse), Pos1 und Ende springen zum ersten und letzten Punkt.',
    skipChart: 'Diagramm überspringen',
    point: (label: string, series: string, value: string, position: string, total: string) =>
      `${label}, ${series}: ${value} (${position} von ${total})`,
    noValue: 'kein Wert',
    about: 'Über dieses Diagramm',
    summary: 'Zusammenfassung:',
    openTable: 'Zur Datentabelle dieses Diagramms',
    horizontalBars: (count: string, series: string) =>
      `Waagerechtes gestapeltes Balkendiagramm, ${count} Balken, aufgeteilt nach ${series}.`,
    verticalBars: (count: string, series: string) =>
      `Senkrechtes gestapeltes Säulendiagramm, ${count} Säulen, aufgeteilt nach ${series}.`,
    barsAndLine: (count: string, series: string) =>
      `Säulen- und Liniendiagramm, ${count} Punkte: ${series}.`,
    categoryAxis: (first: string, last: string) => `Kategorienachse: von ${first} bis ${last}.`,
    valueAxis: (unit: string, min: string, max: string) =>
      `Werteachse: ${unit}, von ${min} bis ${max}.`,
  },
  loadTime: {
    seconds: (count: number, countText: string) =>
      `${countText} ${plural(count, 'Sekunde', 'Sekunden')}`,
  },
  csv: {
    afterQuote: (found: string) =>
      `unerwartete Zeichen nach einem schließenden Anführungszeichen: ${found}`,
    unclosedQuote:
      'ein Feld in Anführungszeichen wird bis zum Dateiende nicht geschlossen (Datei abgeschnitten?); Datensatz ausgelassen',
    empty: 'leere Datei: keine Kopfzeile',
  },
} satisfies Messages;
