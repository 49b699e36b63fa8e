/** Text of the "Changes since release N" panel (English and German); numbers arrive formatted. */
import { getLocale, type Locale } from '@/lib/i18n/locale';

const en = {
  title: (release: string) => `Changes since release ${release}`,
  onlyOne: (release: string) =>
    `Changes since the last release: none to show. Release ${release} is the only Kiel release bundled; the next one added with npm run data:kiel is compared with it.`,
  loading: 'Comparing the two releases…',
  failed: (detail: string) => `The releases could not be compared: ${detail}`,
  months: (before: string, after: string, added: string) =>
    `Data to ${after} (previous release: to ${before}). New months: ${added}.`,
  noNewMonths: 'none',
  donorsNew: (list: string) => `Donors new in this release: ${list}.`,
  donorsDropped: (list: string) => `Donors no longer in this release: ${list}.`,
  totals: (type: string, added: string, revised: string) =>
    `${type}: ${added} in new months, ${revised} from revisions of earlier months`,
  nothing: 'No donor’s figures changed.',
  caption: (shown: number, all: number) =>
    `Changes by donor and type, EUR billion (largest ${shown} of ${all})`,
  donor: 'Donor',
  type: 'Type',
  added: 'New months (EUR bn)',
  revised: 'Revisions of earlier months (EUR bn)',
  revisedMonths: 'Months revised',
};

export type ReleaseChangesText = typeof en;

const de: ReleaseChangesText = {
  title: (release) => `Änderungen seit Release ${release}`,
  onlyOne: (release) =>
    `Änderungen seit dem letzten Release: keine. Release ${release} ist das einzige mitgelieferte Kiel-Release; das nächste (mit npm run data:kiel hinzugefügt) wird damit verglichen.`,
  loading: 'Die beiden Releases werden verglichen …',
  failed: (detail) => `Die Releases konnten nicht verglichen werden: ${detail}`,
  months: (before, after, added) =>
    `Daten bis ${after} (voriges Release: bis ${before}). Neue Monate: ${added}.`,
  noNewMonths: 'keine',
  donorsNew: (list) => `Neu in diesem Release: ${list}.`,
  donorsDropped: (list) => `Nicht mehr in diesem Release: ${list}.`,
  totals: (type, added, revised) =>
    `${type}: ${added} in neuen Monaten, ${revised} aus Revisionen früherer Monate`,
  nothing: 'Die Zahlen keines Gebers haben sich geändert.',
  caption: (shown, all) =>
    `Änderungen nach Geber und Art, Mrd. € (die größten ${shown} von ${all})`,
  donor: 'Geber',
  type: 'Art',
  added: 'Neue Monate (Mrd. €)',
  revised: 'Revisionen früherer Monate (Mrd. €)',
  revisedMonths: 'Revidierte Monate',
};

export function releaseChangesText(locale: Locale = getLocale()): ReleaseChangesText {
  return locale === 'de' ? de : en;
}
