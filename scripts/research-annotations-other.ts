import type { PledgeAnnotation } from './research-annotation-types';

/**
 * Decisions for the non-PURL rows of pledges.csv (C001-C003 NATO funds and bilateral grants,
 * E001-E029 EU instruments, G7 ERA loans and national programmes). Same vocabulary as
 * research-annotations-purl.ts. Instruments: NATO_CAP / NATO fund -> nato-fund; bilateral_civil ->
 * bilateral-civil; bilateral_military -> bilateral-military; bilateral_military_and_civil ->
 * bilateral-mixed; Ukraine Facility -> eu-budget; E002 -> eu-loan; E003 -> eu-proposal;
 * ERA_loan -> g7-era. Categories: EU budget/loans and ERA loans are `financial` (E002 is `mixed`:
 * EUR 60bn defence + EUR 30bn budget support); Nansen programmes are `mixed`.
 * Conversions in descriptions ("~USD 3.6bn", "> USD 800m") are not qualifiers of the amount.
 * Rows are kept compact (prettier-ignore) so that the file reads as a table.
 */
// prettier-ignore
export const OTHER_ANNOTATIONS: Record<string, PledgeAnnotation> = {
  // Energy infrastructure repair is civil aid. The schema has no "civil" category; the Kiel tracker
  // counts such non-military, non-budget grants as humanitarian, so we do too.
  C001: { donors: ['GBR'], label: 'UK: energy infrastructure repair grant', instrument: 'bilateral-civil', category: 'humanitarian', status: 'pledged', reliability: 'media' },
  // Non-lethal (fuel, medical, communications) but support to the armed forces through NATO's
  // Comprehensive Assistance Package: military. The CBC text is a repost: aggregator.
  C002: { donors: ['CAN'], label: 'Canada: NATO CAP non-lethal aid', instrument: 'nato-fund', category: 'military', status: 'pledged', reliability: 'aggregator' },
  // Winter equipment and medical care for the armed forces through a NATO fund: military, as C002.
  C003: { donors: ['DEU'], label: 'Germany: NATO fund for winter equipment and medical care', instrument: 'nato-fund', category: 'military', status: 'pledged', reliability: 'wire' },
  E001: { donors: ['EU'], label: 'Ukraine Facility 2024-2027', instrument: 'eu-budget', category: 'financial', status: 'adopted', reliability: 'media' },
  // Status "adopted 2026-04-23". The EU borrows on behalf of 24 member states (enhanced cooperation).
  E002: {
    donors: ['EU'], label: 'Ukraine Support Loan 2026-2027', instrument: 'eu-loan', category: 'mixed', status: 'adopted',
    statusNote: 'Agreed 18 Dec 2025; legal acts adopted 23 Apr 2026. Enhanced cooperation of 24 member states (CZ, HU, SK not participating). Split: EUR 60bn defence, EUR 30bn budget support.',
    reliability: 'official',
  },
  // "proposed_not_adopted": never counted, never added to E002. The EUR 165bn loan itself is
  // financing (the defence/budget split belongs to the wider EUR 210bn package): financial.
  E003: {
    donors: ['EU'], label: 'Reparations Loan proposal (not adopted)', instrument: 'eu-proposal', category: 'financial', status: 'not-adopted',
    statusNote: 'Commission proposal (Plan B); not adopted by the European Council on 18 Dec 2025.', reliability: 'wire',
  },
  E010: { donors: ['USA'], label: 'US share of the G7 ERA loans', instrument: 'g7-era', category: 'financial', status: 'committed', reliability: 'media' },
  // "disbursed (completed 2025)". The Anadolu article reports the final tranche of Nov 2025, so
  // the announcement date is not its publication date, which the research file does not give.
  E011: {
    donors: ['EU'], label: 'EU share of the G7 ERA loans', instrument: 'g7-era', category: 'financial', status: 'disbursed',
    statusNote: 'Disbursed; completed in 2025 (final tranche Nov 2025).', reliability: 'wire', sourceDate: null,
  },
  E012: { donors: ['CAN'], label: "Canada's share of the G7 ERA loans", instrument: 'g7-era', category: 'financial', status: 'committed', reliability: 'media' },
  // PA is a news agency. Can be spent on weapons, but it is a loan: financial.
  E013: { donors: ['GBR'], label: 'UK share of the G7 ERA loans', instrument: 'g7-era', category: 'financial', status: 'committed', reliability: 'wire' },
  // "committed (agreement signed 2025-04-18)". Ukrinform (news agency) reports the signing, so its
  // publication date is not the 2024 announcement date; the research file does not give it.
  E014: {
    donors: ['JPN'], label: "Japan's share of the G7 ERA loans", instrument: 'g7-era', category: 'financial', status: 'committed',
    statusNote: 'Committed; agreement (exchange of notes) signed 18 Apr 2025.', reliability: 'wire', sourceDate: null,
  },
  E020: {
    donors: ['DEU'], label: 'Germany: 2026 budget for military support to Ukraine', instrument: 'bilateral-military', category: 'military', status: 'budgeted',
    statusNote: 'Budgeted in the 2026 federal budget (Bundestag budget committee).', reliability: 'media',
  },
  // "allocated (Kiel)"; Naharnet's AFP text as reposted by daily8: aggregator. No date given.
  E021: {
    donors: ['DEU'], label: 'Germany: EUR 5bn military package (May-June 2025)', instrument: 'bilateral-military', category: 'military', status: 'allocated',
    statusNote: 'Allocated, according to the Kiel Institute.', reliability: 'aggregator',
  },
  // "pledged (per year until 2030-31)". The DW live blog page is not dated to the July 2024 pledge.
  E022: {
    donors: ['GBR'], label: 'UK: GBP 3bn a year in military aid until 2030-31', instrument: 'bilateral-military', category: 'military', amountPhrase: 'GBP 3bn a year',
    status: 'pledged', statusNote: 'Pledged per year until 2030-31.', reliability: 'media', sourceDate: null,
  },
  E023: { donors: ['GBR'], label: 'UK: air defence investment (Dec 2025)', instrument: 'bilateral-military', category: 'military', status: 'pledged', reliability: 'media' },
  E024: { donors: ['GBR'], label: 'UK: air defence package (Feb 2026)', instrument: 'bilateral-military', category: 'military', status: 'pledged', reliability: 'media' },
  // Military and civilian support in one programme: mixed. newspaperguru reprints: aggregator.
  E025: { donors: ['NOR'], label: 'Norway: Nansen Support Programme 2025', instrument: 'bilateral-mixed', category: 'mixed', status: 'adopted', reliability: 'aggregator' },
  E026: {
    donors: ['NOR'], label: 'Norway: Nansen Support Programme 2026 (proposed)', instrument: 'bilateral-mixed', category: 'mixed', status: 'proposed',
    statusNote: 'Proposed in the 2026 budget.', reliability: 'media',
  },
  E027: { donors: ['SWE'], label: 'Sweden: security assistance 2026-2027', instrument: 'bilateral-military', category: 'military', status: 'pledged', reliability: 'media' },
  // "planned (2026)". Which year the earlier DKK 16.5bn refers to: description only.
  E028: {
    donors: ['DNK'], label: 'Denmark: Ukraine Fund 2026', instrument: 'bilateral-military', category: 'military', status: 'planned',
    statusNote: 'Planned for 2026.', reliability: 'media',
  },
  // Contains P007 (the ~CAD 680m PURL package).
  E029: { donors: ['CAN'], label: 'Canada: G7 Kananaskis military assistance pledge', instrument: 'bilateral-military', category: 'military', status: 'allocated', reliability: 'wire' },
  // Research sweep Dec 2026: the newest 2027 figure found for Germany is the financial plan of Aug 2025.
  // A plan per year, not the 2027 budget (not found); dpa's "more than EUR 8bn" kept as a conflict.
  E030: {
    donors: ['DEU'], label: 'Germany: financial plan, about EUR 9bn a year for Ukraine (2027)', instrument: 'bilateral-military', category: 'military', amountPhrase: 'EUR 9bn a year',
    status: 'planned', statusNote: 'Financial plan (Aug 2025); the 2027 federal budget itself was not found in the Dec 2026 sweep.', reliability: 'media',
    extraSources: [{ title: 'upday (dpa): Klingbeil sichert Ukraine weitere Milliarden-Hilfen zu', url: 'https://www.upday.com/de/ukraine/klingbeil-sichert-ukraine-weitere-milliarden-hilfen-zu/m1ypn6l', date: '2025-08-25', reliability: 'wire' }],
    conflicts: [
      {
        amount: 8e9, currency: 'EUR', qualifier: 'over', statement: "dpa: military support to stay at 'more than EUR 8bn' a year until 2027 under the financial plan.",
        source: { title: 'upday (dpa): Klingbeil sichert Ukraine weitere Milliarden-Hilfen zu', url: 'https://www.upday.com/de/ukraine/klingbeil-sichert-ukraine-weitere-milliarden-hilfen-zu/m1ypn6l', date: '2025-08-25', reliability: 'wire' },
      },
    ],
  },
  // Research sweep Dec 2026. The PMO statement is the official source; CP and Radio Svoboda say FY 2026-27.
  E031: {
    donors: ['CAN'], label: 'Canada: military assistance for fiscal year 2026-27', instrument: 'bilateral-military', category: 'military', amountPhrase: 'approximately $2 billion',
    status: 'allocated', statusNote: 'Allocated for fiscal year 2026-27 (from a CAD 6.2bn five-year envelope of the 2025 budget).', reliability: 'official',
    extraSources: [
      { title: 'Globe and Mail (Canadian Press), via newsbeep: Canada extends Ukraine training mission, provides military aid', url: 'https://www.newsbeep.com/407681', date: '2026-02-24', reliability: 'media' },
      { title: 'Radio Svoboda: Canada to provide USD 2bn of military aid in 2026-2027', url: 'https://www.radiosvoboda.org/a/news-kanada-ukraina-viiskova-dopomoha-2-mlrd-dolariv/33687273.html', date: '2026-02-24', reliability: 'media' },
    ],
  },
  // A 2023 plan for 2027: the only 2027 figure found; flagged as possibly out of date.
  E032: {
    donors: ['DNK'], label: 'Denmark: Ukraine Fund, planned for 2027 (2023 plan)', instrument: 'bilateral-military', category: 'military', status: 'planned',
    statusNote: 'Planned in Nov 2023; the 2026 line was later changed (E028), so this 2027 figure may be out of date.', reliability: 'media',
  },
  // ANP is a news agency (reposted verbatim). Per year or in total: not stated, so kept as stated.
  E033: {
    donors: ['NLD'], label: 'Netherlands: military support 2027-2029 (coalition agreement)', instrument: 'bilateral-military', category: 'military', status: 'planned',
    statusNote: 'Coalition agreement (Jan 2026); whether EUR 3bn is per year or for 2027-2029 together is not stated.', reliability: 'wire',
    extraSources: [{ title: 'ANP via Welingelichte Kringen: Kabinet voert motie voor extra geld naar Oekraine niet uit', url: 'https://www.welingelichtekringen.nl/samenleving/kabinet-voert-motie-voor-extra-geld-naar-oekraine-niet-uit', date: '2026-03-05', reliability: 'wire' }],
  },
};
