import type { Currency, Source } from '@/lib/schema-primitives';

/**
 * How each FX rate in public/data/fx-rates.json is obtained. We have no official reference-rate
 * series, so each rate is implied by a conversion that one of our own sources states
 * ("USD 200 million (~EUR 172m)"), chained through the USD rate when the source converts to USD.
 * Exceptions, said in their notes: EUR (identity), DKK (ERM II central rate), AUD (no source
 * states a conversion).
 */
export type FxDerivation =
  | {
      currency: Currency;
      /** The date the stated conversion refers to. */
      date: string;
      /** The source's own words and numbers: `amount` of `currency` is about `equals` of `into`. */
      stated: { quote: string; amount: number; equals: number; into: 'EUR' | 'USD' };
      source: Source;
    }
  | { currency: Currency; date: string; eurPerUnit: number; note: string; source: Source };

export const FX_DERIVATIONS: FxDerivation[] = [
  {
    currency: 'EUR',
    date: '1999-01-01',
    eurPerUnit: 1,
    note: 'EUR is the reference currency of the dashboard (all totals in EUR).',
    source: {
      title: 'European Central Bank: euro foreign exchange reference rates',
      url: 'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html',
      date: null,
      reliability: 'official',
    },
  },
  {
    currency: 'USD',
    date: '2025-12-03',
    stated: {
      quote: "Wadephul: 'USD 200 million (~EUR 172m)'",
      amount: 200e6,
      equals: 172e6,
      into: 'EUR',
    },
    source: {
      title:
        'Epoch Times DE (AFP): Wadephul: Deutschland kauft US-Waffen fuer 200 Millionen Dollar fuer Kiew',
      url: 'https://nextjs-stage-wp.epochtimes.de/politik/deutschland/wadephul-deutschland-kauft-us-waffen-fuer-200-millionen-dollar-fuer-kiew-a5321850.html',
      date: '2025-12-03',
      reliability: 'wire',
    },
  },
  {
    currency: 'NOK',
    date: '2025-10-15',
    stated: {
      quote: "Norway's 2026 Nansen programme: 'NOK 85bn (~EUR 7.2bn)'",
      amount: 85e9,
      equals: 7.2e9,
      into: 'EUR',
    },
    source: {
      title: 'Caliber.az: Norway pledges €7.2 billion aid to Ukraine in 2026',
      url: 'https://caliber.az/en/post/norway-pledges-7-2-billion-aid-to-ukraine-in-2026',
      date: '2025-10-15',
      reliability: 'media',
    },
  },
  {
    currency: 'DKK',
    date: '1999-01-01',
    eurPerUnit: 1 / 7.46038,
    note: 'Official ERM II central rate of 7.46038 DKK per EUR (set 1 Jan 1999; the krone is kept close to it), inverted: 1 / 7.46038.',
    source: {
      title: 'Danmarks Nationalbank: fixed exchange rate policy (ERM II central rate)',
      url: 'https://www.nationalbanken.dk/en/what-we-do/stable-prices-monetary-policy-and-the-danish-economy/fixed-exchange-rate-policy',
      date: '1999-01-01',
      reliability: 'official',
    },
  },
  {
    currency: 'GBP',
    date: '2026-02-11',
    stated: {
      quote: "Reuters: UK's GBP 150m PURL contribution 'about USD 205m'",
      amount: 150e6,
      equals: 205e6,
      into: 'USD',
    },
    source: {
      title: 'Reuters (repost): UK pledges $205 million to send US weapons to Ukraine',
      url: 'https://www.zazoom.it/2026-02-11/uk-pledges-205-million-to-send-us-weapons-to-ukraine/18634719/',
      date: '2026-02-11',
      reliability: 'aggregator',
    },
  },
  {
    currency: 'CAD',
    date: '2025-12-03',
    stated: {
      quote: "Canada's second PURL contribution: 'CAD 200m (~USD 143m)'",
      amount: 200e6,
      equals: 143e6,
      into: 'USD',
    },
    source: {
      title: 'Anadolu/aNews: Canada pledges CAN$200M in critical military aid for Ukraine',
      url: 'https://www.anews.com.tr/world/2025/12/04/canada-pledges-can200m-in-critical-military-aid-for-ukraine',
      date: '2025-12-04',
      reliability: 'wire',
    },
  },
  {
    currency: 'AUD',
    date: '2025-12',
    eurPerUnit: 0.56,
    note: 'No source in the project states an AUD conversion (the AUD 95m package vs "over $71 million" for Australia and New Zealand together is not a usable pair). 0.56 EUR per AUD is an approximate market rate of Dec 2025, not read from a source; the Reserve Bank of Australia page is where to check it.',
    source: {
      title: 'Reserve Bank of Australia: exchange rates',
      url: 'https://www.rba.gov.au/statistics/frequency/exchange-rates.html',
      date: null,
      reliability: 'official',
    },
  },
  {
    currency: 'NZD',
    date: '2025-12-03',
    stated: {
      quote: "New Zealand's PURL contribution: 'NZD 15m (~USD 8.7m)'",
      amount: 15e6,
      equals: 8.7e6,
      into: 'USD',
    },
    source: {
      title: 'UNN: New Zealand allocates $15 million to PURL program (NZ MFA)',
      url: 'https://unn.ua/en/news/new-zealand-allocates-dollar15-million-to-purl-program-for-ukraine',
      date: '2025-12-03',
      reliability: 'media',
    },
  },
  {
    currency: 'JPY',
    date: '2025-04-18',
    stated: {
      quote: "Japan's G7 ERA loan: 'JPY 471.9bn (~USD 3bn)'",
      amount: 471.9e9,
      equals: 3e9,
      into: 'USD',
    },
    source: {
      title: 'Ukrinform DE: ERA-Initiative: Ukraine und Japan unterzeichnen Kredit-Abkommen',
      url: 'https://ukrinform.de/rubric-economy/3983875-erainitiative-ukraine-und-japan-unterzeichnen-kreditabkommen-von-etwa-3-milliarden-usdollar.html',
      date: null,
      reliability: 'wire',
    },
  },
  {
    currency: 'SEK',
    date: '2024-05-22',
    stated: {
      quote: "Sweden's 2024-2026 military support framework: 'SEK 75 billion (EUR 6.5 billion)'",
      amount: 75e9,
      equals: 6.5e9,
      into: 'EUR',
    },
    source: {
      title:
        'Interfax-Ukraine: Sweden to create three-year military support program for Ukraine worth EUR 6.5 bln (Swedish government website)',
      url: 'https://en.interfax.com.ua/news/general/988508.html',
      date: '2024-05-22',
      reliability: 'wire',
    },
  },
];
