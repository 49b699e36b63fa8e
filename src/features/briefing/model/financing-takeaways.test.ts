// @vitest-environment node
import { setLocale } from '@/lib/i18n/locale';
import { formatEurBn } from '@/features/financing';
import { realEuOptions, realFinancing } from '@/test-utils/financing-data.fixture';
import { guaranteesTakeaway, scenarioSummary, scenarioTakeaway } from './financing-takeaways';
import { fundingGapSlideView, scenarioSlideView } from '@/features/briefing/model/financing-views';

describe('the funding-gap takeaway (bundled financing.json and fx-rates.json)', () => {
  it.each([
    [
      null,
      'Of the €135.7B that remains after support promised before 17 Nov 2025, the EU’s decided €90.0B and €6.7B of partners’ money listed since leave €39.0B not matched by listed lines.',
    ],
    ['no-such', 'Of the €135.7B that remains after support promised before 17 Nov 2025'],
    [
      'imf-137',
      'Against €137.0B, listed lines leave none (€2.1B to spare) (gross reading; net reading: €40.3B).',
    ],
    [
      'news-100',
      'Against at least €100.0B, listed lines leave none at the lower bound (€39.1B above it; the real need is larger) (gross reading; net reading: at least €3.3B).',
    ],
  ])('need=%s', (need, expected) => {
    const { model } = fundingGapSlideView(realFinancing(need));
    expect(model.summary.takeaway).toContain(expected);
  });

  it('never states a single remaining gap without the counting rule beside it', () => {
    const { model } = fundingGapSlideView(realFinancing());
    expect(model.summary.takeaway).not.toMatch(/remains\.$/);
    expect(model.summary.rule).toContain('17 Nov 2025');
    expect(model.summary.rule).toContain('prorated');
    expect(model.summary.rule).toContain('not all support');
    expect(model.summary.rule).toContain(formatEurBn(-model.readings.gross.gapEur));
  });

  it('in German', () => {
    setLocale('de');
    try {
      const { model } = fundingGapSlideView(realFinancing());
      expect(model.summary.takeaway).toMatch(/^Von den 135,7\sMrd\.\s€/);
      expect(model.summary.rule).toContain('Zählregel');
    } finally {
      setLocale('en');
    }
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
