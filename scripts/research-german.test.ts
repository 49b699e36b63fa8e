// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unusedGerman } from '@/lib/i18n/german-by-english';
import { OTHER_ANNOTATIONS } from './research-annotations-other';
import { PURL_ANNOTATIONS } from './research-annotations-purl';
import { DESCRIPTION_DE } from './research-descriptions-de';
import { PURL_TOTALS_ANNOTATIONS } from './research-annotations-totals';
import { PURL_WHO_DE } from './research-purl-de';
import { buildPledgeDataset, buildPurlTotals, citedUrls, csvRecords } from './research-rules';
import { STATUS_NOTE_DE } from './research-status-notes-de';

// The research build on the checked-in research file, as `npm run data:build` runs it.
const records = csvRecords(
  readFileSync(resolve(__dirname, '../data/research/pledges.csv'), 'utf8'),
  'pledges.csv',
);
const { pledges } = buildPledgeDataset(records, { ...PURL_ANNOTATIONS, ...OTHER_ANNOTATIONS });
const { statements } = buildPurlTotals(
  csvRecords(
    readFileSync(resolve(__dirname, '../data/research/purl_running_totals.csv'), 'utf8'),
    'purl_running_totals.csv',
  ),
  PURL_TOTALS_ANNOTATIONS,
);

const withoutUrls = (text: string) => text.replace(/https?:\/\/[^\s)]+/g, '');
const numbers = (text: string) => new Set(withoutUrls(text).match(/\d+/g));
const currencies = (text: string) =>
  new Set(text.match(/\b(?:EUR|USD|GBP|NOK|SEK|DKK|CAD|AUD|NZD|JPY)\b/g));

describe('German of the research build', () => {
  it('gives every pledge row a German description, and every status note its German', () => {
    expect(pledges.length).toBeGreaterThan(50);
    expect(pledges.filter((p) => p.descriptionDe === undefined).map((p) => p.id)).toEqual([]);
    const noted = pledges.filter((p) => p.statusNote !== undefined);
    expect(noted.filter((p) => p.statusNoteDe === undefined).map((p) => p.id)).toEqual([]);
  });

  it('names who made each PURL statement in German', () => {
    expect(statements.filter((s) => s.whoDe === undefined).map((s) => s.who)).toEqual([]);
    expect(
      unusedGerman(
        PURL_WHO_DE,
        statements.map((s) => s.who),
      ),
    ).toEqual([]);
  });

  it('keeps no German entry whose English text no row has any more', () => {
    expect(
      unusedGerman(
        DESCRIPTION_DE,
        pledges.map((p) => p.description),
      ),
    ).toEqual([]);
    expect(
      unusedGerman(
        STATUS_NOTE_DE,
        pledges.flatMap((p) => p.statusNote ?? []),
      ),
    ).toEqual([]);
  });

  it.each(Object.entries({ ...DESCRIPTION_DE, ...STATUS_NOTE_DE }))(
    'keeps the numbers, currencies and addresses of "%s"',
    (english, german) => {
      expect(german).not.toBe(english);
      // Decimal points become commas and "577-578" a dash: the digit runs stay the same.
      expect(numbers(german)).toEqual(numbers(english));
      expect(currencies(german)).toEqual(currencies(english));
      expect(citedUrls(german)).toEqual(citedUrls(english));
    },
  );
});
