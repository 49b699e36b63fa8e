import type { PledgeAnnotation } from './research-annotation-types';

/**
 * Decisions for the NATO PURL rows of pledges.csv (P001-P031).
 *
 * Common to all: instrument `purl`, category `military` (PURL buys US weapons and ammunition).
 * Status: "pledged" -> pledged, "reported" -> reported; package-total statuses
 * ("package_total_do_not_sum...") -> pledged, the kind says it is a package.
 * Reliability of the row's own source: `official` = government/NATO text or its verbatim reprint;
 * `wire` = news agency text (Reuters, AFP, dpa, dts, PAP, Belga, Anadolu) or Politico-based;
 * `media` = ordinary outlets; `aggregator` = reposts/summaries; `pro-kremlin` where flagged.
 * Links (what prevents double counting): `shareOf` = known share of a joint package;
 * `spans` = a country total over several packages, its split unknown; `includedIn` = already
 * contained in a later, larger pledge.
 * Rows are kept compact (prettier-ignore) so that the file reads as a table.
 */
const PACKAGE_NOTE =
  'Joint package total; its country rows are shares of it: never add them to it.';

// prettier-ignore
export const PURL_ANNOTATIONS: Record<string, PledgeAnnotation> = {
  // ">USD 500m" in the description is NATO's USD value of the package, not the EUR amount.
  P001: { donors: ['NLD'], label: 'Netherlands: first PURL package', instrument: 'purl', category: 'military', status: 'pledged', reliability: 'media' },
  P002: {
    donors: ['DNK', 'NOR', 'SWE'], kind: 'package-total', label: 'PURL package: Denmark + Norway + Sweden',
    instrument: 'purl', category: 'military', status: 'pledged', statusNote: PACKAGE_NOTE, reliability: 'media',
    conflicts: [
      {
        amount: 495e6, currency: 'USD', statement: 'Zelensky later put this package at USD 495m.',
        source: { title: 'MENAFN: Weapons for Ukraine: four packages funded under PURL', url: 'https://menafn.com/1110129108/Weapons-For-Ukraine-Four-Packages-Funded-Under-PURL-Initiative-Next-Two-Being-Coordinated-With-US', date: '2025-09', reliability: 'aggregator' },
      },
      {
        amount: 5e9, currency: 'NOK', qualifier: 'about', statement: "Norway's government put the total at about NOK 5bn.",
        source: { title: 'Interfax-Ukraine: Norway, Sweden and Denmark to finance PURL package (Norwegian govt website)', url: 'https://en.interfax.com.ua/news/general/1093497.html', date: '2025-08-05', reliability: 'media' },
      },
    ],
  },
  // ">EUR 230m" (Interfax) is a conversion, not a qualifier of the USD 275m.
  P003: { donors: ['SWE'], label: "Sweden's share of the DK/NO/SE package", instrument: 'purl', category: 'military', status: 'pledged', shareOf: 'P002', reliability: 'media' },
  // One rule on both pages (docs/counting-rules.md): a PURL contribution of a donor whose national
  // Ukraine budget or programme for the same period is listed is inside that line (includedIn):
  // no source gives PURL money as extra to it. The funding page counts the budget lines, not the shares.
  P004: {
    donors: ['NOR'], label: "Norway's share of the DK/NO/SE package", instrument: 'purl', category: 'military', status: 'pledged', shareOf: 'P002', includedIn: 'E025', reliability: 'media',
    extraSources: [{ title: "TRT (Reuters-based report): Norway's share of the DK/NO/SE package put at about USD 146m", url: 'https://trt.global/dansk/article/eebabd24b0f6', date: null, reliability: 'wire' }],
  },
  P005: { donors: ['DNK'], label: "Denmark's share of the DK/NO/SE package", instrument: 'purl', category: 'military', status: 'pledged', shareOf: 'P002', reliability: 'media' },
  // dts is a German news agency.
  P006: { donors: ['DEU'], label: 'Germany: PURL package (Aug 2025)', instrument: 'purl', category: 'military', amountPhrase: "'up to' USD 500m", status: 'pledged', reliability: 'wire' },
  // "Approximately $680 million" is the CAD figure; the row's USD 500m is as the PMO states it.
  // Paid out of the CAD 2bn G7 pledge E029, so it is included there. Reprint dated 25 Aug.
  P007: { donors: ['CAN'], label: 'Canada: PURL package (Aug 2025)', instrument: 'purl', category: 'military', status: 'pledged', includedIn: 'E029', reliability: 'official', sourceDate: '2025-08-25' },
  P008: { donors: ['BEL'], label: 'Belgium: PURL contribution (Aug 2025)', instrument: 'purl', category: 'military', status: 'pledged', reliability: 'media' },
  P009: { donors: ['LTU'], label: "Lithuania's share of the Nordic-Baltic package", instrument: 'purl', category: 'military', status: 'pledged', shareOf: 'P013', reliability: 'media' },
  P010: { donors: ['EST'], label: "Estonia's share of the Nordic-Baltic package", instrument: 'purl', category: 'military', status: 'pledged', shareOf: 'P013', reliability: 'media' },
  // Euromaidan Press article dated 16 Oct (address); the Global Times address is dated Oct 2025.
  P011: {
    donors: ['NOR'], label: "Norway's share of the Nordic-Baltic package", instrument: 'purl', category: 'military', status: 'pledged', shareOf: 'P013', includedIn: 'E025', reliability: 'media', sourceDate: '2025-10-16',
    extraSources: [{ title: "Global Times: Norway's NOK 2bn PURL contribution (about USD 198m)", url: 'https://www.globaltimes.cn/page/202510/1345767.shtml', date: '2025-10', reliability: 'media' }],
  },
  P012: { donors: ['SWE'], label: "Sweden's share of the Nordic-Baltic package", instrument: 'purl', category: 'military', status: 'pledged', shareOf: 'P013', reliability: 'aggregator' },
  P013: {
    donors: ['DNK', 'EST', 'FIN', 'ISL', 'LVA', 'LTU', 'NOR', 'SWE'], kind: 'package-total', label: 'PURL package: Nordic-Baltic 8',
    instrument: 'purl', category: 'military', status: 'pledged', statusNote: PACKAGE_NOTE, reliability: 'media',
  },
  P014: { donors: ['DNK'], label: "Denmark's share of the Nordic-Baltic package", instrument: 'purl', category: 'military', status: 'pledged', shareOf: 'P013', reliability: 'aggregator' },
  // The research CSV says "Overlaps with P022", but the README and Deutschlandfunk (3 Dec) say the
  // USD 200m of 3 Dec, i.e. P021 (P022 is Canada's CAD 200m): a typo, corrected in the link.
  P015: {
    donors: ['DEU'], label: 'Germany: PURL co-financing (Nov 2025)', instrument: 'purl', category: 'military', amountPhrase: "'At least' EUR 150m",
    status: 'pledged', includedIn: 'P021', reliability: 'media', descriptionNote: "(The research file's 'P022' means P021.)",
  },
  // AFP text; article dated 19 Nov (address). Size of the larger package: description only.
  P016: { donors: ['ESP'], label: 'Spain: PURL contribution (Nov 2025)', instrument: 'purl', category: 'military', status: 'pledged', reliability: 'wire', sourceDate: '2025-11-19' },
  // The row's source is the PAP/IAR report of 3 Dec on the joint package; 24kurier.pl carries the
  // 20 Nov announcement. informat.ro's "EUR 100m" has no address: not a conflict, description only.
  P017: {
    donors: ['POL'], label: "Poland's share of the NO/DE/PL package", instrument: 'purl', category: 'military', status: 'pledged', shareOf: 'P019', reliability: 'wire', sourceDate: '2025-12-03',
    extraSources: [{ title: 'Kurier Szczeciński (24kurier.pl): Sikorski: Polish MFA to transfer USD 100m for weapons for Ukraine', url: 'https://24kurier.pl/aktualnosci/kraj/sikorski-polskie-msz-przekaze-100-mln-dolarow-na-bron-dla-ukrainy/', date: '2025-11-20', reliability: 'media' }],
  },
  // "Presumably" part of the NO+DE+NL December package, which has no row: no link.
  P018: { donors: ['NLD'], label: 'Netherlands: PURL package (Dec 2025)', instrument: 'purl', category: 'military', status: 'pledged', reliability: 'media' },
  P019: {
    donors: ['NOR', 'DEU', 'POL'], kind: 'package-total', label: 'PURL package: Norway + Germany + Poland',
    instrument: 'purl', category: 'military', status: 'pledged', statusNote: PACKAGE_NOTE, reliability: 'official',
    extraSources: [{ title: "Pravda network (pro-Kremlin aggregator): quotes Wadephul: 'Germany contributes 200 million'", url: 'https://germany.news-pravda.com/ukraine/2025/12/03/202087.html', date: '2025-12-03', reliability: 'pro-kremlin' }],
    conflicts: [
      {
        amount: 500e6, currency: 'EUR',
        statement: "Reported as 'gemeinsam noch einmal 500 Millionen Euro' by the German news report of 3 Dec 2025; the Norwegian government and Polish sources say USD 500m",
        source: { title: 'German TV news report of 3 Dec 2025, 20:09 (tagesschau-style; German)', url: 'data/sources/news-report-2025-12-03-de.txt', date: '2025-12-03', reliability: 'media' },
      },
    ],
  },
  // Norway's USD 500m goes into two December packages: P019 (NO+DE+PL) and NO+DE+NL (no row).
  P020: {
    donors: ['NOR'], label: 'Norway: two December PURL packages', instrument: 'purl', category: 'military', status: 'pledged', spans: ['P019'], includedIn: 'E025', reliability: 'media',
    extraSources: [
      { title: 'Defence Room (summary): Norway commits $500m to two new PURL packages for Ukraine', url: 'https://defenceroom.com/norway-commits-500m-to-two-new-purl-packages-for-ukraine', date: null, reliability: 'aggregator' },
      { title: 'Fakty (UA): Poland, Norway and Germany to provide USD 500m under PURL', url: 'https://fakty.com.ua/ru/svit/20251203-polshha-norvegiya-ta-nimechchyna-nadadut-500-mln-za-programoyu-purl/', date: '2025-12-03', reliability: 'media' },
    ],
  },
  // Germany's USD 200m, also in the two December packages; it includes P015 (see P015).
  P021: {
    donors: ['DEU'], label: 'Germany: two December PURL packages', instrument: 'purl', category: 'military', status: 'pledged',
    statusNote: 'Overlaps P015: includes the EUR 150m announced on 14 Nov 2025.', spans: ['P019'], reliability: 'wire',
    extraSources: [{ title: "Deutschlandfunk: Germany's ~EUR 170m includes the EUR 150m announced in November", url: 'https://www.deutschlandfunk.de/belgiens-aussenminister-spricht-von-schlechtester-option-102.html', date: '2025-12-03', reliability: 'media' }],
  },
  // Anadolu text, dated 4 Dec (address). The cumulative CAD 892m vs "$850 million": description only.
  P022: {
    donors: ['CAN'], label: 'Canada: second PURL contribution', instrument: 'purl', category: 'military', status: 'pledged', reliability: 'wire', sourceDate: '2025-12-04',
    extraSources: [
      { title: "Globe and Mail (repost): Canada's cumulative PURL contribution CAD 892m", url: 'https://www.newsbeep.com/ca/?p=322544', date: null, reliability: 'aggregator' },
      { title: "Euronews (repost): Anand: '$850 million over the last six months'", url: 'https://www.europesays.com/?p=2609482', date: null, reliability: 'aggregator' },
    ],
  },
  P023: { donors: ['AUS'], label: 'Australia: PURL contribution', instrument: 'purl', category: 'military', status: 'pledged', reliability: 'media' },
  P024: { donors: ['NZL'], label: 'New Zealand: PURL contribution', instrument: 'purl', category: 'military', status: 'pledged', reliability: 'media' },
  P025: { donors: ['ROU'], label: 'Romania: PURL contribution', instrument: 'purl', category: 'military', status: 'reported', reliability: 'media' },
  P026: { donors: ['HRV'], label: 'Croatia: initial PURL contribution', instrument: 'purl', category: 'military', status: 'reported', reliability: 'media' },
  // Politico-based; zazoom reposts Reuters (aggregator, like the banthese.com reposts).
  P027: {
    donors: ['GBR'], label: "United Kingdom's share of the NL/UK/NO/SE package", instrument: 'purl', category: 'military', status: 'pledged', shareOf: 'P028', includedIn: 'E022', reliability: 'wire',
    extraSources: [{ title: 'Reuters (repost): UK pledges $205 million to send US weapons to Ukraine', url: 'https://www.zazoom.it/2026-02-11/uk-pledges-205-million-to-send-us-weapons-to-ukraine/18634719/', date: '2026-02-11', reliability: 'aggregator' }],
  },
  P028: {
    donors: ['NLD', 'GBR', 'NOR', 'SWE'], kind: 'package-total', label: 'PURL package: Netherlands + United Kingdom + Norway + Sweden',
    instrument: 'purl', category: 'military', status: 'pledged', statusNote: PACKAGE_NOTE, reliability: 'media',
  },
  P029: { donors: ['NLD'], label: "Netherlands' share of the NL/UK/NO/SE package", instrument: 'purl', category: 'military', amountPhrase: "'About EUR 90 million'", status: 'pledged', shareOf: 'P028', reliability: 'media' },
  P030: { donors: ['SWE'], label: "Sweden's share of the NL/UK/NO/SE package", instrument: 'purl', category: 'military', status: 'pledged', shareOf: 'P028', includedIn: 'E027', reliability: 'media' },
  P031: { donors: ['BEL'], label: 'Belgium: second PURL contribution', instrument: 'purl', category: 'military', status: 'pledged', reliability: 'wire' },
};
