import { getLocale, type Locale } from './i18n/locale';

/**
 * Donor registry: codes used in data files and URLs. Countries use ISO 3166-1 alpha-3.
 * Donors that are not countries get stable codes of our own:
 *   EU = EU institutions (Commission and Council), the same code the Kiel tracker uses.
 * Joint packages are not donors: they list their participants' codes.
 */
export interface Donor {
  code: string;
  en: string;
  de: string;
  eu27?: boolean;
}

export const DONORS: readonly Donor[] = [
  { code: 'AUS', en: 'Australia', de: 'Australien' },
  { code: 'AUT', en: 'Austria', de: 'Österreich', eu27: true },
  { code: 'BEL', en: 'Belgium', de: 'Belgien', eu27: true },
  { code: 'BGR', en: 'Bulgaria', de: 'Bulgarien', eu27: true },
  { code: 'CAN', en: 'Canada', de: 'Kanada' },
  { code: 'CHE', en: 'Switzerland', de: 'Schweiz' },
  { code: 'CHN', en: 'China', de: 'China' },
  { code: 'CYP', en: 'Cyprus', de: 'Zypern', eu27: true },
  { code: 'CZE', en: 'Czechia', de: 'Tschechien', eu27: true },
  { code: 'DEU', en: 'Germany', de: 'Deutschland', eu27: true },
  { code: 'DNK', en: 'Denmark', de: 'Dänemark', eu27: true },
  { code: 'ESP', en: 'Spain', de: 'Spanien', eu27: true },
  { code: 'EST', en: 'Estonia', de: 'Estland', eu27: true },
  { code: 'EU', en: 'EU institutions', de: 'EU-Institutionen' },
  { code: 'FIN', en: 'Finland', de: 'Finnland', eu27: true },
  { code: 'FRA', en: 'France', de: 'Frankreich', eu27: true },
  { code: 'GBR', en: 'United Kingdom', de: 'Vereinigtes Königreich' },
  { code: 'GRC', en: 'Greece', de: 'Griechenland', eu27: true },
  { code: 'HRV', en: 'Croatia', de: 'Kroatien', eu27: true },
  { code: 'HUN', en: 'Hungary', de: 'Ungarn', eu27: true },
  { code: 'IND', en: 'India', de: 'Indien' },
  { code: 'IRL', en: 'Ireland', de: 'Irland', eu27: true },
  { code: 'ISL', en: 'Iceland', de: 'Island' },
  { code: 'ITA', en: 'Italy', de: 'Italien', eu27: true },
  { code: 'JPN', en: 'Japan', de: 'Japan' },
  { code: 'KOR', en: 'South Korea', de: 'Südkorea' },
  { code: 'LTU', en: 'Lithuania', de: 'Litauen', eu27: true },
  { code: 'LUX', en: 'Luxembourg', de: 'Luxemburg', eu27: true },
  { code: 'LVA', en: 'Latvia', de: 'Lettland', eu27: true },
  { code: 'MLT', en: 'Malta', de: 'Malta', eu27: true },
  { code: 'NLD', en: 'Netherlands', de: 'Niederlande', eu27: true },
  { code: 'NOR', en: 'Norway', de: 'Norwegen' },
  { code: 'NZL', en: 'New Zealand', de: 'Neuseeland' },
  { code: 'POL', en: 'Poland', de: 'Polen', eu27: true },
  { code: 'PRT', en: 'Portugal', de: 'Portugal', eu27: true },
  { code: 'ROU', en: 'Romania', de: 'Rumänien', eu27: true },
  { code: 'SVK', en: 'Slovakia', de: 'Slowakei', eu27: true },
  { code: 'SVN', en: 'Slovenia', de: 'Slowenien', eu27: true },
  { code: 'SWE', en: 'Sweden', de: 'Schweden', eu27: true },
  { code: 'TUR', en: 'Türkiye', de: 'Türkei' },
  { code: 'TWN', en: 'Taiwan', de: 'Taiwan' },
  { code: 'USA', en: 'United States', de: 'Vereinigte Staaten' },
];

const BY_CODE = new Map(DONORS.map((donor) => [donor.code, donor]));

export function findDonor(code: string): Donor | undefined {
  return BY_CODE.get(code);
}

export function isDonorCode(code: string): boolean {
  return BY_CODE.has(code);
}

/** Name of a donor code in the interface language, or the code itself when it is unknown. */
export function donorName(code: string): string {
  return donorNameIn(code, getLocale());
}

/** Name of a donor code in a given language, or the code itself when it is unknown. */
export function donorNameIn(code: string, locale: Locale): string {
  const donor = BY_CODE.get(code);
  return donor ? donor[locale] : code;
}

export const EU27_CODES: readonly string[] = DONORS.filter((d) => d.eu27).map((d) => d.code);
export const NORDIC_BALTIC_8: readonly string[] = [
  'DNK',
  'EST',
  'FIN',
  'ISL',
  'LVA',
  'LTU',
  'NOR',
  'SWE',
];
export const G7_CODES: readonly string[] = ['CAN', 'FRA', 'DEU', 'ITA', 'JPN', 'GBR', 'USA'];
