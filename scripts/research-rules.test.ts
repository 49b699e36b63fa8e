// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildFxRates } from './fx-rates-build';
import type { FxDerivation } from './fx-derivations';
import type { PledgeAnnotation } from './research-annotation-types';
import {
  buildPledgeDataset,
  citedUrls,
  csvRecords,
  currencyAndPer,
  latestDate,
  qualifierFromPhrase,
  toPledge,
  type CsvRecord,
} from './research-rules';

describe('qualifierFromPhrase', () => {
  it.each([
    [undefined, 'exact'],
    ['', 'exact'],
    ["'up to' USD 500m", 'up-to'],
    ["'At least' EUR 150m", 'at-least'],
    ['>USD 500m', 'over'],
    ['over USD 2bn', 'over'],
    ['more than USD 4.5bn', 'over'],
    ["'About EUR 90 million'", 'about'],
    ['approx. NOK 5bn', 'about'],
    ['~USD 135m', 'about'],
    ['GBP 3bn a year', 'per-year'],
    ['USD 500m', 'exact'],
  ] as const)('%s -> %s', (phrase, expected) => {
    expect(qualifierFromPhrase(phrase)).toBe(expected);
  });
});

describe('citedUrls', () => {
  it.each([
    ['no address here', []],
    ['Source: https://a.org/x . Next', ['https://a.org/x']],
    ['(https://a.org/y; http://b.org/z), end', ['https://a.org/y', 'http://b.org/z']],
    ['at https://c.org/p?q=1&r=2.', ['https://c.org/p?q=1&r=2']],
  ])('%s', (text, expected) => {
    expect(citedUrls(text)).toEqual(expected);
  });
});

describe('latestDate and currencyAndPer', () => {
  it('takes the latest of days and months, skipping nulls', () => {
    expect(latestDate(['2025-12-03', null, '2026-02', '2026-01-31'])).toBe('2026-02');
    expect(() => latestDate([null])).toThrow(/no dates/);
  });
  it.each([
    ['USD', { currency: 'USD', per: null }],
    ['USD per month', { currency: 'USD', per: 'month' }],
  ])('%s', (value, expected) => expect(currencyAndPer(value, 2)).toEqual(expected));
  it('rejects an unknown currency or period', () => {
    expect(() => currencyAndPer('XYZ', 4)).toThrow(/line 4: unknown currency XYZ/);
    expect(() => currencyAndPer('USD per week', 5)).toThrow(/line 5/);
  });
});

const CSV_HEADER =
  'id,donor,instrument,category,amount,currency,announced_on,status,description,source_title,source_url';
const csv = (...lines: string[]) => [CSV_HEADER, ...lines].join('\n');
const record = (line: string): CsvRecord => csvRecords(csv(line), 'pledges.csv')[0]!;
const ROW =
  'P006,Germany,NATO PURL,x,500000000,USD,2025-08-13,pledged,"Package of \'up to\' USD 500m; see https://a.org/b.",T,https://src.org/1';
const annotation = (extra: Partial<PledgeAnnotation> = {}): PledgeAnnotation => ({
  donors: ['DEU'],
  label: 'Germany',
  instrument: 'purl',
  category: 'military',
  status: 'pledged',
  reliability: 'wire',
  amountPhrase: "'up to' USD 500m",
  extraSources: [{ title: 'B', url: 'https://a.org/b', date: null, reliability: 'media' }],
  ...extra,
});

describe('csvRecords', () => {
  it('keys cells by header and keeps the line', () => {
    expect(record(ROW)).toMatchObject({
      line: 2,
      values: { id: 'P006', amount: '500000000', source_url: 'https://src.org/1' },
    });
  });
  it('names the line of a short row', () => {
    expect(() => csvRecords(csv('P001,x'), 'pledges.csv')).toThrow(
      /pledges\.csv line 2: 2 cells, expected 11/,
    );
  });
});

describe('toPledge', () => {
  it('copies the row, applies the annotation, parses the qualifier, appends extra sources', () => {
    const pledge = toPledge(
      record(ROW),
      annotation({ shareOf: 'P019', descriptionNote: '(Note.)' }),
    );
    expect(pledge).toMatchObject({
      id: 'P006',
      donors: ['DEU'],
      kind: 'contribution',
      amount: 500e6,
      currency: 'USD',
      qualifier: 'up-to',
      announced: '2025-08-13',
      shareOf: 'P019',
    });
    expect(pledge.description.endsWith('https://a.org/b. (Note.)')).toBe(true);
    expect(pledge.sources.map((s) => [s.url, s.date, s.reliability])).toEqual([
      ['https://src.org/1', '2025-08-13', 'wire'],
      ['https://a.org/b', null, 'media'],
    ]);
    expect('spans' in pledge).toBe(false);
  });

  it('uses sourceDate over the announcement date, and a blank date becomes null', () => {
    expect(toPledge(record(ROW), annotation({ sourceDate: '2025-08-14' })).sources[0]?.date).toBe(
      '2025-08-14',
    );
    const blank = toPledge(record(ROW.replace('2025-08-13', '')), annotation());
    expect([blank.announced, blank.sources[0]?.date]).toEqual([null, null]);
  });

  it.each([
    [
      'a phrase that is not in the description',
      { amountPhrase: 'at least USD 1m' },
      /P006 \(line 2\): amountPhrase/,
    ],
    [
      'an address of the description left uncited',
      { extraSources: [] },
      /quotes https:\/\/a\.org\/b: add it/,
    ],
    [
      'an extra source the description does not quote',
      {
        extraSources: [
          { title: 'B', url: 'https://a.org/b', date: null },
          { title: 'C', url: 'https://c.org', date: null },
        ],
      },
      /https:\/\/c\.org not quoted/,
    ],
  ])('throws on %s', (_name, extra, message) => {
    expect(() => toPledge(record(ROW), annotation(extra))).toThrow(message);
  });
});

describe('buildPledgeDataset', () => {
  it('needs exactly one annotation per row', () => {
    const records = csvRecords(csv(ROW), 'pledges.csv');
    expect(buildPledgeDataset(records, { P006: annotation() }).dataset.asOf).toBe('2025-08-13');
    expect(() => buildPledgeDataset(records, {})).toThrow(/row P006 has no annotation/);
    expect(() => buildPledgeDataset(records, { P006: annotation(), P007: annotation() })).toThrow(
      /without a row: P007/,
    );
  });
});

describe('buildFxRates', () => {
  const source = { title: 's', url: 'https://x.org', date: null };
  const usd: FxDerivation = {
    currency: 'USD',
    date: '2025-12-03',
    stated: { quote: 'q', amount: 100, equals: 90, into: 'EUR' },
    source,
  };
  it('divides direct EUR conversions and chains USD conversions with the USD rate', () => {
    const fx = buildFxRates([
      usd,
      {
        currency: 'GBP',
        date: '2026-02-11',
        stated: { quote: 'q', amount: 100, equals: 130, into: 'USD' },
        source,
      },
      { currency: 'DKK', date: '1999-01-01', eurPerUnit: 1 / 8, note: 'fixed', source },
    ]);
    expect(fx.rates.map((r) => [r.currency, r.eurPerUnit])).toEqual([
      ['USD', 0.9],
      ['GBP', 1.17],
      ['DKK', 0.125],
    ]);
    expect(fx.rates[1]?.derivation).toMatch(
      /1\.3 USD per GBP; x 0\.9 EUR per USD .* = 1\.17 EUR per GBP/,
    );
    expect(fx.asOf).toBe('2026-02-11');
  });
  it('refuses a second rate for a currency, or a missing USD rate', () => {
    expect(() => buildFxRates([usd, usd])).toThrow(/two derivations for USD/);
    expect(() => buildFxRates([])).toThrow(/USD rate/);
  });
});
