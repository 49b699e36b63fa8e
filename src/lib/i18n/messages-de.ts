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
  table: {
    title: 'Alle Zusagen im Filter',
    loading: 'die Tabelle der Zusagen',
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
  kielRows: {
    wholeRow: '(Zeile)',
    wholeFile: '(Datei)',
    empty: 'ist leer',
    wholeNumber: (min: string, max: string, found: string) =>
      `erwartet: eine ganze Zahl von ${min} bis ${max}, gefunden: „${found}“`,
    number: (found: string) => `erwartet: eine Zahl, gefunden: „${found}“`,
    negative: (value: string) => `darf nicht negativ sein, gefunden: ${value}`,
    notNumber: (found: string) => `keine Zahl („${found}“); als fehlend behandelt`,
    cells: (expected: string, found: string) => `erwartet: ${expected} Zellen, gefunden: ${found}`,
    totalDiffers: (total: string, parts: string, sum: string) =>
      `Summe ${total} weicht von ${parts} = ${sum} ab`,
    secondRow: (iso: string, period: string, line: string) =>
      `zweite Zeile für ${iso} ${period} (erste in Zeile ${line})`,
    notDate: (date: string) => `kein gültiges Datum: „${date}“`,
    format: (format: string, found: string) => `erwartet: ${format}, gefunden: „${found}“`,
    euNoGdp: 'EU-Institutionen haben kein BIP',
    noGdp: 'kein BIP in den Daten',
    missingColumns: (list: string) => `Pflichtspalte(n) fehlen: ${list}`,
    truncated: (rows: string) =>
      `die Datei endet mitten in einer Zeile nach ${rows} Zeilen (Übertragung abgebrochen?)`,
    noRows: 'keine Datenzeilen',
    noneValid: (rows: string) => `keine ihrer ${rows} Datenzeilen ist gültig`,
    at: (line: string, field: string | null, message: string) =>
      `Zeile ${line}${field === null ? '' : `, ${field}`}: ${message}`,
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
