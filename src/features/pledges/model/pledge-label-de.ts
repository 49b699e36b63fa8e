import { donorNameIn } from '@/lib/donors';

/**
 * German labels for pledge rows, composed from the row's structured fields (donors) and its
 * English label's pattern: "<Donor>: <what>", "<Donor>'s share of the <X> package", "PURL package:
 * A + B", with a phrase table for <what>. Deterministic, so it works for any new row whose phrases
 * are known; `npm run data:check` fails for a row it cannot translate (add its phrase below).
 * Downloaded with the German dictionary (pledge-label.ts), not in the first download.
 */
interface LabelledPledge {
  label: string;
  donors: readonly string[];
}

const MONTHS_DE: Record<string, string> = {
  Jan: 'Jan.',
  Feb: 'Feb.',
  Mar: 'März',
  Apr: 'Apr.',
  May: 'Mai',
  Jun: 'Juni',
  Jul: 'Juli',
  Aug: 'Aug.',
  Sep: 'Sept.',
  Oct: 'Okt.',
  Nov: 'Nov.',
  Dec: 'Dez.',
  June: 'Juni',
};

/** Whole labels without a donor prefix. */
const EXACT_DE: Record<string, string> = {
  'Ukraine Facility 2024-2027': 'Ukraine-Fazilität 2024–2027',
  'Ukraine Support Loan 2026-2027': 'Unterstützungskredit für die Ukraine 2026–2027',
  'Reparations Loan proposal (not adopted)': 'Vorschlag Reparationskredit (nicht beschlossen)',
};

/** What a donor gave, after "<Donor>: " (a year or amount in the phrase is kept as a group). */
const PHRASES_DE: readonly [RegExp, string][] = [
  [/^first PURL package$/, 'erstes PURL-Paket'],
  [/^PURL package$/, 'PURL-Paket'],
  [/^PURL contribution$/, 'PURL-Beitrag'],
  [/^PURL co-financing$/, 'PURL-Kofinanzierung'],
  [/^second PURL contribution$/, 'zweiter PURL-Beitrag'],
  [/^initial PURL contribution$/, 'erster PURL-Beitrag'],
  [/^two December PURL packages$/, 'zwei PURL-Pakete im Dezember'],
  [/^energy infrastructure repair grant$/, 'Zuschuss zur Reparatur der Energieinfrastruktur'],
  [/^NATO CAP non-lethal aid$/, 'nicht-letale Hilfe über das NATO-CAP'],
  [
    /^NATO fund for winter equipment and medical care$/,
    'NATO-Fonds für Winterausrüstung und medizinische Versorgung',
  ],
  [
    /^(\d{4}) budget for military support to Ukraine$/,
    'Haushalt $1 für militärische Unterstützung der Ukraine',
  ],
  [/^EUR (\d+)bn military package$/, 'Militärpaket über $1 Mrd. EUR'],
  [
    /^GBP (\d+)bn a year in military aid until (\d{4})-(\d{2})$/,
    '$1 Mrd. GBP Militärhilfe pro Jahr bis $2/$3',
  ],
  [/^air defence investment$/, 'Investition in Luftverteidigung'],
  [/^air defence package$/, 'Luftverteidigungspaket'],
  [/^Nansen Support Programme (\d{4})$/, 'Nansen-Unterstützungsprogramm $1'],
  [/^security assistance (\d{4})-(\d{4})$/, 'Sicherheitshilfe $1–$2'],
  [/^Ukraine Fund (\d{4})$/, 'Ukraine-Fonds $1'],
  [
    /^financial plan, about EUR (\d+)bn a year for Ukraine$/,
    'Finanzplan, rund $1 Mrd. EUR pro Jahr für die Ukraine',
  ],
  [/^military assistance for fiscal year (\d{4})-(\d{2})$/, 'Militärhilfe im Haushaltsjahr $1/$2'],
  [/^Ukraine Fund, planned for (\d{4})$/, 'Ukraine-Fonds, geplant für $1'],
  [/^military support (\d{4})-(\d{4})$/, 'Militärhilfe $1–$2'],
  [
    /^G7 Kananaskis military assistance pledge$/,
    'Zusage militärischer Hilfe beim G7-Gipfel in Kananaskis',
  ],
];

/** A trailing "(…)": a month and year, a span of months, or a status word. */
function suffixDe(suffix: string): string | null {
  const month = /^([A-Z][a-z]{2,3}) (\d{4})$/.exec(suffix);
  if (month && MONTHS_DE[month[1] ?? '']) return `${MONTHS_DE[month[1] ?? '']} ${month[2]}`;
  const span = /^([A-Z][a-z]{2,3})-([A-Z][a-z]{2,3}) (\d{4})$/.exec(suffix);
  if (span && MONTHS_DE[span[1] ?? ''] && MONTHS_DE[span[2] ?? ''])
    return `${MONTHS_DE[span[1] ?? '']}–${MONTHS_DE[span[2] ?? '']} ${span[3]}`;
  if (/^\d{4}$/.test(suffix)) return suffix;
  const plan = /^(\d{4}) plan$/.exec(suffix);
  if (plan) return `Plan von ${plan[1]}`;
  if (suffix === 'coalition agreement') return 'Koalitionsvertrag';
  if (suffix === 'proposed') return 'vorgeschlagen';
  if (suffix === 'not adopted') return 'nicht beschlossen';
  return null;
}

function phraseDe(text: string): string | null {
  const match = /^(.*?)(?: \(([^()]+)\))?$/.exec(text);
  const core = match?.[1] ?? text;
  const suffix = match?.[2];
  const rule = PHRASES_DE.find(([pattern]) => pattern.test(core));
  if (!rule) return null;
  const translated = core.replace(rule[0], rule[1]);
  if (suffix === undefined) return translated;
  const suffixText = suffixDe(suffix);
  return suffixText === null ? null : `${translated} (${suffixText})`;
}

const namesDe = (codes: readonly string[]) => codes.map((code) => donorNameIn(code, 'de'));

/** The German label of a pledge row, or null when its pattern or phrase is not known. */
export function pledgeLabelDe({ label, donors }: LabelledPledge): string | null {
  const exact = EXACT_DE[label];
  if (exact) return exact;
  const [first] = donors;
  const share = /^.+?(?:'s|') share of the (.+) package$/.exec(label);
  if (share && first && donors.length === 1) {
    const pkg = share[1] === 'Nordic-Baltic' ? 'nordisch-baltischen Paket' : `Paket ${share[1]}`;
    return `${donorNameIn(first, 'de')}: Anteil am ${pkg}`;
  }
  if (/^.+? share of the G7 ERA loans$/.test(label) && first && donors.length === 1)
    return `${donorNameIn(first, 'de')}: Anteil an den G7-ERA-Krediten`;
  const pkg = /^PURL package: (.+)$/.exec(label);
  if (pkg) {
    if (pkg[1] === 'Nordic-Baltic 8') return 'PURL-Paket: Nordisch-Baltische 8';
    return donors.length > 1 ? `PURL-Paket: ${namesDe(donors).join(' + ')}` : null;
  }
  const prefixed = /^([^:]+): (.+)$/.exec(label);
  if (prefixed && first && donors.length === 1) {
    const what = phraseDe(prefixed[2] ?? '');
    return what === null ? null : `${donorNameIn(first, 'de')}: ${what}`;
  }
  return null;
}
