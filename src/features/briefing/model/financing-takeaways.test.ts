import { setLocale } from '@/lib/i18n/locale';
import { formatEurBn } from '@/features/financing/model/format-bn';
import type { FundingGap } from '@/features/financing/model/funding-gap';
import { realEuOptions, realFinancing } from './financing-data.fixture';
import {
  fundingGapTakeaway,
  guaranteesTakeaway,
  scenarioSummary,
  scenarioTakeaway,
} from './financing-takeaways';
import { fundingGapSlideView, scenarioSlideView } from './financing-views';

describe('fundingGapTakeaway (bundled financing.json and fx-rates.json)', () => {
  it.each([
    [null, 'Against a need of €135.7B, €131.1B is covered; €4.6B remains.'],
    ['imf-137', 'Against a need of €137.0B, €131.1B is covered; €5.9B remains.'],
    [
      'news-100',
      'Against a need of at least €100.0B, €131.1B is covered: €31.1B more than the need.',
    ],
    ['no-such', 'Against a need of €135.7B, €131.1B is covered; €4.6B remains.'],
  ])('need=%s', (need, expected) => {
    const { gap, choice } = fundingGapSlideView(realFinancing(need));
    expect(fundingGapTakeaway(gap, choice.estimate)).toBe(expected);
  });

  it('states the numbers the model computed', () => {
    const { gap, choice } = fundingGapSlideView(realFinancing());
    const text = fundingGapTakeaway(gap, choice.estimate);
    expect(text).toContain(formatEurBn(gap.coveredEur));
    expect(text).toContain(formatEurBn(gap.gapEur ?? NaN));
  });

  it('without a rate for the need: no gap is claimed', () => {
    const { gap, choice } = fundingGapSlideView(realFinancing());
    const noRate: FundingGap = { ...gap, needEur: null, gapEur: null };
    expect(fundingGapTakeaway(noRate, choice.estimate)).toBe(
      '€131.1B is covered; the need (Commission: €135.7B) has no reference exchange rate, so no gap is computed.',
    );
  });
});

describe('guaranteesTakeaway (bundled eu-options.json)', () => {
  it('the largest guarantor and its share of the listed total', () => {
    expect(guaranteesTakeaway(realEuOptions().data.guarantees.countries)).toBe(
      'Germany carries the largest reported guarantee: €51.3B, 32% of the €160.2B listed for 7 member states.',
    );
  });
  it('order of the input does not matter', () => {
    const reversed = [...realEuOptions().data.guarantees.countries].reverse();
    expect(guaranteesTakeaway(reversed)).toMatch(/^Germany carries/);
  });
  it('none reported', () => {
    expect(guaranteesTakeaway([])).toBe('No national guarantees are reported.');
  });
  it('follows a language switch made after the module was loaded', () => {
    setLocale('de');
    try {
      const german = guaranteesTakeaway(realEuOptions().data.guarantees.countries);
      expect(german).toMatch(/^Deutschland/);
      expect(german).toContain('51,3\u00a0Mrd.\u00a0€');
    } finally {
      setLocale('en');
    }
  });
});

describe('scenarioTakeaway and scenarioSummary (eu-options.json, Kiel GDP key)', () => {
  const run = (params: Parameters<typeof realEuOptions>[0], highlight: string[] = []) => {
    const options = realEuOptions(params);
    if (!options.gdp) throw new Error('no GDP');
    const { state, result } = scenarioSlideView(options, options.gdp, highlight);
    return { takeaway: scenarioTakeaway(state, result), summary: scenarioSummary(state) };
  };

  it.each([
    [
      {},
      [],
      'At 3.33 % for 7 years, Germany’s share of Plan A’s interest is €5.38B, against a Plan B guarantee of €51.30B (reported).',
    ],
    [
      { country: 'NLD' },
      [],
      'At 3.33 % for 7 years, Netherlands’ share of Plan A’s interest is €1.28B, against a Plan B guarantee of €13.40B (reported).',
    ],
    [
      { country: 'FRA', members: 'DEU~ITA' },
      [],
      'At 3.33 % for 7 years, France is not among Plan A’s participants and pays none of its interest; its Plan B guarantee: €34.00B (reported).',
    ],
  ] as const)('%j highlight %j', (params, highlight, expected) => {
    expect(run(params, [...highlight]).takeaway).toBe(expected);
  });

  it('a single highlighted EU donor becomes the country, as on the page', () => {
    expect(run({}, ['FRA']).takeaway).toMatch(/^At 3\.33 % for 7 years, France’s share/);
  });

  it('rate and years follow the URL', () => {
    const { takeaway, summary } = run({ rate: '5', years: '10' });
    expect(takeaway).toMatch(/^At 5\.00 % for 10 years, Germany’s share .* is €\d+\.\d\dB,/);
    expect(summary).toBe('rate 5.00 %, 10 years, 24 participating member states, country Germany');
  });

  it('invalid inputs: the default is used and the slide says so', () => {
    const { takeaway, summary } = run({ rate: 'abc', years: '0' });
    expect(takeaway).toBe(run({}).takeaway);
    expect(summary).toBe(
      'rate 3.33 %, 7 years, 24 participating member states, country Germany; rate in the link not usable (“abc” is not a number; enter e.g. 3.5.) – the default is used; years in the link not usable (Enter at least 1 year.) – the default is used',
    );
    expect(run({ members: 'XX' }).summary).toContain(
      'participants in the link: Not EU member codes, ignored: XX. Choose at least one participating member state. The outputs use the default 24.',
    );
  });
});
