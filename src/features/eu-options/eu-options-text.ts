import { getLocale, type Locale } from '@/lib/i18n/locale';

/**
 * Interface text of the EU options views (Plan A vs Plan B, guarantees, scenario calculator), in
 * English and German, read through `euOptionsText()` (below); not part of the app
 * dictionaries, so it loads with the funding page. Amounts arrive formatted.
 */
export const euOptionsEn = {
  planA: 'Plan A: EU borrowing',
  planB: 'Plan B: reparations loan',
  comparisonWhat: 'the Plan A vs Plan B comparison',
  comparisonHeading: 'Plan A vs Plan B: the two options of 3 Dec 2025',
  comparisonTitle: 'Plan A vs Plan B, point by point',
  comparisonUnits: 'Proposals of 3 Dec 2025 and what became of them; amounts in EUR bn as reported',
  everyCellSources: 'every cell names its own sources',
  reliabilityNote:
    'Reliability tags follow each source: official, wire/major media, media, aggregator (lower confidence), pro-Kremlin outlet (used only where nothing else was found). Where sources disagree, every value is shown with its source.',
  comparisonCaption: 'Plan A vs Plan B, point by point, with the sources of every cell',
  aspect: 'Aspect',
  source: 'Source',
  /** A short citation's reliability tag. */
  shortReliability: {
    official: 'official',
    wire: 'wire',
    media: 'media',
    aggregator: 'aggregator',
    'pro-kremlin': 'pro-Kremlin',
  },
  sourcesDisagree: 'Sources disagree:',
  everyValueShown: (about: string) => ` ${about}. Every value is shown:`,
  note: (text: string) => `Note: ${text}`,
  selected: ' (selected)',
  guaranteesTitle: 'Plan B: national guarantees as reported',
  guaranteesUnits: 'EUR bn per member state, reparations loan, shared by GNI/economic weight',
  reportedBy: 'reported by',
  selectedNote: 'Countries in your donor filter are hatched, outlined and marked “(selected)”.',
  guaranteesCaption: 'Plan B national guarantees as reported, EUR bn',
  memberState: 'Member state',
  guaranteeColumn: 'Guarantee (EUR bn)',
  sources: 'Sources',
  reportedTogether: 'Reported countries together',
  guaranteesSvgTitle: 'Plan B national guarantees, EUR bn',
  guaranteesDesc:
    'Horizontal bars, one per member state with a reported guarantee; the data table has the same numbers.',
  reportedGuarantee: 'Reported guarantee',
  reportedGuaranteeSelected: 'Reported guarantee, country in your donor filter',
  calculatorWhat: 'the scenario calculator',
  calculatorHeading: 'Scenario calculator: Plan A’s interest cost against Plan B’s guarantee',
  scenarioTitle: (country: string) => `${country}: Plan A interest share against Plan B guarantee`,
  scenarioUnits:
    'EUR bn; top: Plan A interest paid so far (cumulative); bottom: the total against the Plan B guarantee',
  rateFrom: 'interest rate from',
  keyLabel: 'key:',
  /** The Kiel file's GDP column, in the key's source line. */
  gdpColumn: 'column gdp',
  guaranteesLabel: '; guarantees:',
  noneReported: 'none reported for this country',
  keyNote: (country: string) =>
    `Key: ${country}’s GDP ÷ the sum of the participants’ GDP (Plan A) or of all 27 members’ GDP (Plan B, computed). GDP in EUR bn from the Kiel tracker release (one value per country, the same in every month of the release; the release does not name the year: the values are 2021 nominal GDP, e.g. Germany €3,601.75B). The reported split uses GNI/economic weight, so the computed figures are an approximation.`,
  defaultRate: 'Default rate:',
  defaultYears: 'Default years:',
  defaultParticipants: 'Default participants:',
  planBTotal: (amount: string) => `Plan B total: ${amount}.`,
  neverAdded:
    'Plan A’s figure is money paid (interest); Plan B’s is a guarantee, paid only if the assets must be returned. They are shown side by side, never added. Plan B was not adopted.',
  scenarioCaption: (country: string) =>
    `${country}: Plan A interest share by year (cumulative), EUR bn`,
  yearColumn: 'Year',
  year: (n: number) => `Year ${n}`,
  shareColumn: 'Plan A interest share, cumulative (EUR bn)',
  planBFooter: 'Plan B guarantee: reported / computed with GDP key',
  highlightedCaption: (years: number) =>
    `EU members in your donor filter, at the inputs above (${years} years)`,
  keyColumn: 'Key (share of participants’ GDP)',
  notParticipant: 'not a participant',
  yearlyColumn: 'Plan A interest a year',
  totalColumn: 'Plan A interest, all years',
  reportedColumn: 'Plan B guarantee, reported',
  notReported: 'not reported',
  computedColumn: 'Plan B guarantee, computed with GDP key',
  formLabel: 'Scenario inputs',
  rateLabel: 'Interest rate (% a year)',
  rateHint: (rate: string) =>
    `0 to 20; decimal point or comma. Default ${rate} % (€3B a year on €90B).`,
  yearsLabel: 'Years',
  yearsHint: (years: number) =>
    `Whole number, 1 to 50. Default ${years} (the 2028–2034 EU budget period).`,
  countryLabel: 'Country',
  outsidePlanA: ' (outside Plan A)',
  preselected: 'Preselected from your donor filter.',
  membersLegend: (count: number) => `Member states bearing Plan A’s cost (${count} of 27)`,
  presetsLabel: 'Member state presets',
  presetDefault: (count: number) => `${count} (default)`,
  presetAll: 'All 27',
  presetClear: 'Clear',
  inYourFilter: ' (in your donor filter)',
  yearlyInterest: 'Plan A: interest the EU budget pays a year',
  interestOver: (years: number) =>
    `Plan A: interest over ${years} ${years === 1 ? 'year' : 'years'}`,
  countryKey: (name: string, count: number) =>
    `${name}’s key: share of the ${count} participants’ GDP`,
  gdpOf: (country: string, group: string) => `(${country} of ${group})`,
  countryShare: (name: string, years: number) =>
    `${name}’s share of Plan A’s interest, a year / over ${years} ${years === 1 ? 'year' : 'years'}`,
  notAmongParticipants: (name: string) =>
    `${name} is not among the participants chosen: it bears none of Plan A’s cost.`,
  planBReported: (name: string) => `Plan B guarantee for ${name}: reported`,
  notReportedFor: (name: string) => `not reported for ${name} (the source lists seven countries)`,
  planBComputed: (name: string) => `Plan B guarantee for ${name}: computed with GDP key`,
  ofEuGdp: (total: string, share: string) => `(${total} × ${share} of EU-27 GDP)`,
  errRateEmpty: 'Enter an interest rate (0 to 20 %).',
  errNotNumber: (raw: string, example: string) =>
    `“${raw}” is not a number; enter e.g. ${example}.`,
  errRateNegative: 'The rate cannot be negative.',
  errRateMax: (max: number) => `Enter a rate of at most ${max} % a year.`,
  errYearsEmpty: 'Enter a number of years (1 to 50).',
  errYearsWhole: 'Enter a whole number of years.',
  errYearsMin: 'Enter at least 1 year.',
  errYearsMax: (max: number) => `Enter at most ${max} years.`,
  errIgnored: (list: string) => `Not EU member codes, ignored: ${list}.`,
  errNoMembers: 'Choose at least one participating member state.',
  errChooseCountry: 'Choose a country.',
  errNotMember: (raw: string, example: string) =>
    `“${raw}” is not an EU member code (e.g. DEU for ${example}).`,
  membersDefaulted: (message: string, count: number) =>
    `${message} The outputs use the default ${count}.`,
  chartSvgTitle: (country: string) =>
    `${country}: Plan A interest share, cumulative, against the Plan B guarantee, EUR bn`,
  chartDesc:
    "Bars: the country's share of Plan A's interest paid up to each year. A second panel sets the total against its Plan B guarantee, reported and computed with the GDP key, on one scale. The data table has the same numbers.",
  paidSoFar: (country: string) => `${country}: Plan A interest paid so far`,
  reportedLine: (amount: string) => `Plan B, reported: ${amount}`,
  computedLine: (amount: string) => `Plan B, computed with GDP key: ${amount}`,
  totalPaid: (years: number) => `Plan A interest, all ${years} ${years === 1 ? 'year' : 'years'}`,
  reportedBar: 'Plan B guarantee, reported',
  computedBar: 'Plan B guarantee, computed',
  panelPaid: (country: string) => `${country}: Plan A interest paid up to each year (EUR bn)`,
  panelCompare: 'Total interest against the guarantee, on one scale (EUR bn)',
  compareSvgTitle: (country: string) =>
    `${country}: Plan A interest over all years against the Plan B guarantee, EUR bn`,
  usedValues: (rate: string, years: number, participants: number, country: string) =>
    `Computed with: rate ${rate} %, ${years} ${years === 1 ? 'year' : 'years'}, ${participants} participants, ${country}.`,
  notUsed: (field: string, typed: string, used: string) =>
    `${field} “${typed}” is not usable, so ${used} (the default) is used.`,
};

export type EuOptionsText = typeof euOptionsEn;

export const euOptionsDe = {
  planA: 'Plan A: EU-Kreditaufnahme',
  planB: 'Plan B: Reparationsdarlehen',
  comparisonWhat: 'Vergleich Plan A und Plan B',
  comparisonHeading: 'Plan A und Plan B: die beiden Optionen vom 3. Dez. 2025',
  comparisonTitle: 'Plan A und Plan B im Vergleich, Punkt für Punkt',
  comparisonUnits:
    'Vorschläge vom 3. Dez. 2025 und was aus ihnen wurde; Beträge in Mrd. € wie berichtet',
  everyCellSources: 'jede Zelle nennt ihre eigenen Quellen',
  reliabilityNote:
    'Jede Quelle trägt eine Angabe zur Verlässlichkeit: amtlich, Nachrichtenagentur/große Medien, Medien, Aggregator (geringere Verlässlichkeit), kremlnahes Medium (nur genutzt, wo nichts anderes zu finden war). Wo Quellen voneinander abweichen, wird jeder Wert mit seiner Quelle gezeigt.',
  comparisonCaption: 'Plan A und Plan B im Vergleich, Punkt für Punkt, mit den Quellen jeder Zelle',
  aspect: 'Aspekt',
  source: 'Quelle',
  shortReliability: {
    official: 'amtlich',
    wire: 'Agentur',
    media: 'Medien',
    aggregator: 'Aggregator',
    'pro-kremlin': 'kremlnah',
  },
  sourcesDisagree: 'Quellen weichen ab:',
  everyValueShown: (about: string) => ` ${about}. Alle Werte werden gezeigt:`,
  note: (text: string) => `Anmerkung: ${text}`,
  selected: ' (ausgewählt)',
  guaranteesTitle: 'Plan B: nationale Garantien laut Berichten',
  guaranteesUnits:
    'Mrd. € je Mitgliedstaat, Reparationsdarlehen, aufgeteilt nach BNE/Wirtschaftskraft',
  reportedBy: 'berichtet von',
  selectedNote:
    'Länder in Ihrem Geberfilter sind schraffiert, umrandet und mit „(ausgewählt)“ markiert.',
  guaranteesCaption: 'Nationale Garantien unter Plan B laut Berichten, Mrd. €',
  memberState: 'Mitgliedstaat',
  guaranteeColumn: 'Garantie (Mrd. €)',
  sources: 'Quellen',
  reportedTogether: 'Berichtete Länder zusammen',
  guaranteesSvgTitle: 'Nationale Garantien unter Plan B, Mrd. €',
  guaranteesDesc:
    'Waagerechte Balken, einer je Mitgliedstaat mit berichteter Garantie; die Datentabelle enthält dieselben Zahlen.',
  reportedGuarantee: 'Berichtete Garantie',
  reportedGuaranteeSelected: 'Berichtete Garantie, Land in Ihrem Geberfilter',
  calculatorWhat: 'Szenariorechner',
  calculatorHeading: 'Szenariorechner: Zinskosten unter Plan A gegenüber der Garantie unter Plan B',
  scenarioTitle: (country: string) =>
    `${country}: Anteil an den Zinsen unter Plan A gegenüber der Garantie unter Plan B`,
  scenarioUnits:
    'Mrd. €; oben: bisher gezahlte Zinsen unter Plan A (kumuliert); unten: die Summe gegenüber der Garantie unter Plan B',
  rateFrom: 'Zinssatz aus',
  keyLabel: 'Schlüssel:',
  gdpColumn: 'Spalte gdp',
  guaranteesLabel: '; Garantien:',
  noneReported: 'für dieses Land nicht berichtet',
  keyNote: (country: string) =>
    `Schlüssel: BIP von ${country} ÷ Summe des BIP der Teilnehmer (Plan A) bzw. aller 27 Mitgliedstaaten (Plan B, berechnet). BIP in Mrd. EUR aus dem Release des Kiel-Trackers (ein Wert je Land, in jedem Monat des Release derselbe; das Release nennt das Jahr nicht: Es sind die nominalen BIP von 2021, z. B. Deutschland 3.601,75 Mrd. €). Die berichtete Aufteilung folgt BNE/Wirtschaftskraft; die berechneten Werte sind daher Näherungen.`,
  defaultRate: 'Voreingestellter Zinssatz:',
  defaultYears: 'Voreingestellte Laufzeit:',
  defaultParticipants: 'Voreingestellte Teilnehmer:',
  planBTotal: (amount: string) => `Plan B insgesamt: ${amount}.`,
  neverAdded:
    'Der Wert für Plan A ist gezahltes Geld (Zinsen); der für Plan B ist eine Garantie, die nur fällig wird, wenn die Vermögenswerte zurückgegeben werden müssen. Beide werden nebeneinander gezeigt, nie addiert. Plan B wurde nicht beschlossen.',
  scenarioCaption: (country: string) =>
    `${country}: Anteil an den Zinsen unter Plan A nach Jahr (kumuliert), Mrd. €`,
  yearColumn: 'Jahr',
  year: (n: number) => `Jahr ${n}`,
  shareColumn: 'Anteil an den Zinsen unter Plan A, kumuliert (Mrd. €)',
  planBFooter: 'Garantie unter Plan B: berichtet / mit BIP-Schlüssel berechnet',
  highlightedCaption: (years: number) =>
    `EU-Mitgliedstaaten in Ihrem Geberfilter, bei den obigen Eingaben (${years} Jahre)`,
  keyColumn: 'Schlüssel (Anteil am BIP der Teilnehmer)',
  notParticipant: 'kein Teilnehmer',
  yearlyColumn: 'Zinsen unter Plan A pro Jahr',
  totalColumn: 'Zinsen unter Plan A, alle Jahre',
  reportedColumn: 'Garantie unter Plan B, berichtet',
  notReported: 'nicht berichtet',
  computedColumn: 'Garantie unter Plan B, mit BIP-Schlüssel berechnet',
  formLabel: 'Eingaben des Szenarios',
  rateLabel: 'Zinssatz (% pro Jahr)',
  rateHint: (rate: string) =>
    `0 bis 20; Dezimalpunkt oder -komma. Voreinstellung ${rate} % (3 Mrd. € pro Jahr auf 90 Mrd. €).`,
  yearsLabel: 'Jahre',
  yearsHint: (years: number) =>
    `Ganze Zahl von 1 bis 50. Voreinstellung ${years} (der EU-Haushaltszeitraum 2028–2034).`,
  countryLabel: 'Land',
  outsidePlanA: ' (nicht in Plan A)',
  preselected: 'Aus Ihrem Geberfilter vorausgewählt.',
  membersLegend: (count: number) =>
    `Mitgliedstaaten, die die Kosten von Plan A tragen (${count} von 27)`,
  presetsLabel: 'Vorauswahl der Mitgliedstaaten',
  presetDefault: (count: number) => `${count} (Voreinstellung)`,
  presetAll: 'Alle 27',
  presetClear: 'Keine',
  inYourFilter: ' (in Ihrem Geberfilter)',
  yearlyInterest: 'Plan A: Zinsen, die der EU-Haushalt pro Jahr zahlt',
  interestOver: (years: number) => `Plan A: Zinsen über ${years} ${years === 1 ? 'Jahr' : 'Jahre'}`,
  countryKey: (name: string, count: number) =>
    `Schlüssel für ${name}: Anteil am BIP der ${count} Teilnehmer`,
  gdpOf: (country: string, group: string) => `(${country} von ${group})`,
  countryShare: (name: string, years: number) =>
    `Anteil von ${name} an den Zinsen unter Plan A, pro Jahr / über ${years} ${years === 1 ? 'Jahr' : 'Jahre'}`,
  notAmongParticipants: (name: string) =>
    `${name} gehört nicht zu den gewählten Teilnehmern und trägt keine Kosten von Plan A.`,
  planBReported: (name: string) => `Garantie unter Plan B für ${name}: berichtet`,
  notReportedFor: (name: string) => `für ${name} nicht berichtet (die Quelle nennt sieben Länder)`,
  planBComputed: (name: string) => `Garantie unter Plan B für ${name}: mit BIP-Schlüssel berechnet`,
  ofEuGdp: (total: string, share: string) => `(${total} × ${share} des BIP der EU-27)`,
  errRateEmpty: 'Bitte einen Zinssatz eingeben (0 bis 20 %).',
  errNotNumber: (raw: string, example: string) =>
    `„${raw}“ ist keine Zahl; bitte z. B. ${example} eingeben.`,
  errRateNegative: 'Der Zinssatz kann nicht negativ sein.',
  errRateMax: (max: number) => `Bitte einen Zinssatz von höchstens ${max} % pro Jahr eingeben.`,
  errYearsEmpty: 'Bitte eine Anzahl Jahre eingeben (1 bis 50).',
  errYearsWhole: 'Bitte eine ganze Zahl von Jahren eingeben.',
  errYearsMin: 'Bitte mindestens 1 Jahr eingeben.',
  errYearsMax: (max: number) => `Bitte höchstens ${max} Jahre eingeben.`,
  errIgnored: (list: string) => `Keine Codes von EU-Mitgliedstaaten, ignoriert: ${list}.`,
  errNoMembers: 'Bitte mindestens einen teilnehmenden Mitgliedstaat wählen.',
  errChooseCountry: 'Bitte ein Land wählen.',
  errNotMember: (raw: string, example: string) =>
    `„${raw}“ ist kein Code eines EU-Mitgliedstaats (z. B. DEU für ${example}).`,
  membersDefaulted: (message: string, count: number) =>
    `${message} Die Ergebnisse verwenden die Voreinstellung (${count}).`,
  chartSvgTitle: (country: string) =>
    `${country}: Anteil an den Zinsen unter Plan A, kumuliert, gegenüber der Garantie unter Plan B, Mrd. €`,
  chartDesc:
    'Balken: Anteil des Landes an den bis zum jeweiligen Jahr gezahlten Zinsen unter Plan A. Ein zweites Feld stellt die Summe seiner Garantie unter Plan B gegenüber, berichtet und mit BIP-Schlüssel berechnet, auf einer Skala. Die Datentabelle enthält dieselben Zahlen.',
  paidSoFar: (country: string) => `${country}: bisher gezahlte Zinsen unter Plan A`,
  reportedLine: (amount: string) => `Plan B, berichtet: ${amount}`,
  computedLine: (amount: string) => `Plan B, mit BIP-Schlüssel berechnet: ${amount}`,
  totalPaid: (years: number) =>
    `Plan A: Zinsen über alle ${years} ${years === 1 ? 'Jahr' : 'Jahre'}`,
  reportedBar: 'Plan B: Garantie, berichtet',
  computedBar: 'Plan B: Garantie, berechnet',
  panelPaid: (country: string) =>
    `${country}: bis zum jeweiligen Jahr gezahlte Zinsen unter Plan A (Mrd. €)`,
  panelCompare: 'Zinsen insgesamt gegenüber der Garantie, auf einer Skala (Mrd. €)',
  compareSvgTitle: (country: string) =>
    `${country}: Zinsen unter Plan A über alle Jahre gegenüber der Garantie unter Plan B, Mrd. €`,
  usedValues: (rate: string, years: number, participants: number, country: string) =>
    `Berechnet mit: Zinssatz ${rate} %, ${years} ${years === 1 ? 'Jahr' : 'Jahre'}, ${participants} Teilnehmer, ${country}.`,
  notUsed: (field: string, typed: string, used: string) =>
    `${field} „${typed}“ ist nicht verwendbar, daher gilt ${used} (Voreinstellung).`,
} satisfies EuOptionsText;

/**
 * The EU-options text (Plan A vs Plan B, calculator) in `locale` (default: the current one). Kept
 * out of the app dictionary so that it loads with the funding page, not with the first view.
 */
export function euOptionsText(locale: Locale = getLocale()): EuOptionsText {
  return locale === 'de' ? euOptionsDe : euOptionsEn;
}
