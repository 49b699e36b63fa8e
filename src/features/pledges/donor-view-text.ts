import { getLocale, type Locale } from '@/lib/i18n/locale';
import { formatDecimal } from '@/lib/format';
import type { DonorUnit } from './model/donor-scope';

/**
 * Text of the donor chart's views (all donors, national donors, % of GDP), its unit and axis
 * titles, in English and German. Feature-local (not in the app dictionary).
 */
export const donorViewTextEn = {
  scopeLabel: 'Show',
  scope: {
    all: 'All donors',
    national: 'National donors only',
    gdp: 'National, % of GDP',
  },
  axisTitle: {
    bn: 'EUR billion (converted at reference rates)',
    m: 'EUR million (converted at reference rates)',
    pct: '% of the donor’s GDP (Kiel tracker GDP)',
  } satisfies Record<DonorUnit, string>,
  value: (value: number, unit: DonorUnit) =>
    unit === 'bn'
      ? `€${formatDecimal(value, value < 1 ? 2 : 1)}B`
      : unit === 'm'
        ? `€${formatDecimal(value, value < 100 ? 1 : 0)}M`
        : `${formatDecimal(value, value < 0.1 ? 3 : 2)}%`,
  nationalNote:
    'National donors only: EU institutions (Ukraine Facility, EU loans, the EU share of the G7 loans) and every G7 ERA loan (repaid from frozen Russian assets) are left out, so national budgets can be compared.',
  gdpNote: (withoutGdp: string) =>
    `% of GDP: each donor’s counted pledges divided by its GDP from the Kiel Institute’s Ukraine Support Tracker, Release 29, data_explorer.csv, column gdp (EUR bn; the release does not name the year, the values are 2021 nominal GDP). Pledges of several years are divided by one year’s GDP. Not drawn (no GDP): ${withoutGdp}. Per capita is not shown: the project has no sourced population table.`,
  units: (axis: string, split: string) => `${axis}; split by ${split}`,
  gdpLoading: 'Loading GDP from the Kiel tracker release…',
  gdpUnavailable: 'GDP could not be loaded; showing national donors in EUR.',
};

export type DonorViewText = typeof donorViewTextEn;

export const donorViewTextDe = {
  scopeLabel: 'Anzeigen',
  scope: {
    all: 'Alle Geber',
    national: 'Nur nationale Geber',
    gdp: 'National, % des BIP',
  },
  axisTitle: {
    bn: 'Mrd. € (umgerechnet zu Referenzkursen)',
    m: 'Mio. € (umgerechnet zu Referenzkursen)',
    pct: '% des BIP des Gebers (BIP laut Kiel-Tracker)',
  },
  value: (value: number, unit: DonorUnit) =>
    unit === 'bn'
      ? `${formatDecimal(value, value < 1 ? 2 : 1)}\u00a0Mrd.\u00a0€`
      : unit === 'm'
        ? `${formatDecimal(value, value < 100 ? 1 : 0)}\u00a0Mio.\u00a0€`
        : `${formatDecimal(value, value < 0.1 ? 3 : 2)}\u00a0%`,
  nationalNote:
    'Nur nationale Geber: EU-Institutionen (Ukraine-Fazilität, EU-Kredite, EU-Anteil an den G7-Krediten) und alle G7-ERA-Kredite (aus eingefrorenen russischen Vermögen getilgt) sind ausgeblendet, damit nationale Haushalte vergleichbar sind.',
  gdpNote: (withoutGdp: string) =>
    `% des BIP: die gezählten Zusagen jedes Gebers geteilt durch sein BIP laut Ukraine Support Tracker des Kiel Instituts, Release 29, data_explorer.csv, Spalte gdp (Mrd. €; die Veröffentlichung nennt kein Jahr, die Werte sind das nominale BIP 2021). Zusagen über mehrere Jahre werden durch das BIP eines Jahres geteilt. Nicht gezeichnet (kein BIP): ${withoutGdp}. Pro Kopf wird nicht gezeigt: Das Projekt hat keine belegte Bevölkerungstabelle.`,
  units: (axis: string, split: string) => `${axis}; aufgeteilt nach ${split}`,
  gdpLoading: 'BIP aus der Kiel-Tracker-Veröffentlichung wird geladen …',
  gdpUnavailable: 'Das BIP konnte nicht geladen werden; nationale Geber werden in Euro gezeigt.',
} satisfies DonorViewText;

export function donorViewText(locale: Locale = getLocale()): DonorViewText {
  return locale === 'de' ? donorViewTextDe : donorViewTextEn;
}
