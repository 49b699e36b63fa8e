import { render, screen, within } from '@testing-library/react';
import { EMPTY_FILTERS } from '@/lib/filter-state';
import { FundingGapTable, formatEurBn } from '@/features/financing';
import { donorName } from '@/lib/donors';
import { formatNumber } from '@/lib/format';
import { realEuOptions, realFinancing } from '@/test-utils/financing-data.fixture';
import { fundingGapSlideView, scenarioSlideView } from '@/features/briefing/model/financing-views';
import { setLocale } from '@/lib/i18n/locale';
import type { ChartSize, SlideInputs, SlideModel } from '../model/slide-types';
import { buildSlide, defaultDeck, findSlide } from './slide-registry';
import { PAPER_PALETTE, SlideView } from '../components/slide-view';

function inputs(patch: Partial<SlideInputs> = {}): SlideInputs {
  const options = realEuOptions({ rate: '4', years: '5', country: 'ITA' });
  return {
    filters: EMPTY_FILTERS,
    view: { split: 'instrument' } as SlideInputs['view'],
    pledges: { status: 'pending' },
    kiel: { status: 'pending' },
    financing: { status: 'ready', data: realFinancing() },
    euOptions: { status: 'ready', data: options },
    scenario: { status: 'ready', data: options },
    ...patch,
  };
}

function slide(id: string, patch?: Partial<SlideInputs>) {
  const definition = findSlide(id);
  if (!definition) throw new Error(`no slide ${id}`);
  const build = buildSlide(definition, inputs(patch));
  if (build.status !== 'ready') throw new Error(build.status);
  return build.slide;
}

it('the financing page’s default deck: its three charts in page order', () => {
  expect(defaultDeck('financing')).toEqual(['funding-gap', 'eu-guarantees', 'scenario']);
  expect(defaultDeck(null)).not.toContain('funding-gap');
});

it('waits for its data, and names the file that failed', () => {
  const definition = findSlide('scenario');
  if (!definition) throw new Error('no scenario slide');
  expect(buildSlide(definition, inputs({ scenario: { status: 'pending' } }))).toEqual({
    status: 'pending',
  });
  expect(
    buildSlide(definition, inputs({ scenario: { status: 'error', what: 'eu-options.json' } })),
  ).toEqual({ status: 'error', what: 'eu-options.json' });
});

describe('funding-gap CSV = the page’s steps table, with the counting rule', () => {
  it('every step: added and gap after it, in both readings, as the table shows them', () => {
    const csv = slide('funding-gap').csv;
    const { model, choice } = fundingGapSlideView(realFinancing());
    render(
      <FundingGapTable
        model={model}
        lines={model.lines}
        estimateLabel={choice.estimate.shortLabel}
      />,
    );
    const table = screen.getByRole('table', { name: /Gap by step of certainty/ });
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows).toHaveLength(model.steps.length);
    bodyRows.forEach((tr, i) => {
      const cells = Array.from(tr.querySelectorAll('th, td'), (td) => td.textContent);
      const row = csv.rows[i] ?? [];
      expect(cells[0]).toBe(row[0]);
      expect(cells[2]).toBe(formatEurBn(Number(row[2]) * 1e9));
      expect(cells[4]).toBe(formatEurBn(Number(row[4]) * 1e9));
    });
    // After every step, net reading: EUR 135.7bn - 90bn (EU) - 6.7bn partners since the letter.
    expect(csv.rows[model.steps.length - 1]?.[2]).toBeCloseTo(38.955, 3);
    // Gross reading: every listed line subtracted, EUR 3.4bn beyond the need.
    expect(csv.rows[model.steps.length - 1]?.[4]).toBeCloseTo(-3.43, 2);
    expect(csv.columns).toEqual([
      'Step of certainty',
      'Added, EUR bn (net reading)',
      'Gap after the step, EUR bn (net reading)',
      'Added, EUR bn (gross reading)',
      'Gap after the step, EUR bn (gross reading)',
    ]);
  });

  it('the slide and its exports carry the counting rule and the EU framing', () => {
    const model = slide('funding-gap');
    expect(model.note).toContain('EU share €90.0B');
    expect(model.note).toContain('partners’ share €45.7B');
    expect(model.note).toContain('Counting rule');
    expect(model.note).toContain('prorated');
    expect(model.takeaway).not.toMatch(/remains\.$/);
  });

  it('an unknown `need` in the link: the default estimate, and the slide says so', () => {
    const model = slide('funding-gap', {
      financing: { status: 'ready', data: realFinancing('bogus') },
    });
    expect(model.filterSummary).toBe(
      'need estimate Commission: €135.7B (the link’s need estimate “bogus” was not recognised; showing the default, Commission: €135.7B)',
    );
    expect(model.csv.rows[0]?.[2]).toBe(135.7);
  });
});

it('eu-guarantees CSV: the guarantees as reported, largest first, as in the table', () => {
  const model = slide('eu-guarantees');
  const countries = realEuOptions().data.guarantees.countries;
  const expected = [...countries]
    .sort((a, b) => b.amountEurBn - a.amountEurBn)
    .map((g) => [donorName(g.code), g.code, g.amountEurBn]);
  expect(model.csv.rows.map((row) => row.slice(0, 3))).toEqual(expected);
  expect(model.csv.rows[0]?.slice(0, 3)).toEqual(['Germany', 'DEU', 51.3]);
  expect(model.takeaway).toMatch(/^Germany carries the largest reported guarantee: €51\.3B,/);
  expect(model.source.text).toMatch(/^reported by /);
});

it('scenario CSV: the calculator’s series for the URL inputs and both Plan B values', () => {
  const model = slide('scenario');
  const options = realEuOptions({ rate: '4', years: '5', country: 'ITA' });
  if (!options.gdp) throw new Error('no GDP');
  const { result } = scenarioSlideView(options, options.gdp, []);
  expect(model.title).toBe('Italy: Plan A interest vs Plan B guarantee');
  expect(model.csv.rows).toEqual(
    result.series.map((p) => [
      p.year,
      p.cumulativeShareEurBn,
      result.planBReportedEurBn,
      result.planBComputedEurBn,
    ]),
  );
  expect(model.csv.rows).toHaveLength(5);
  const last = result.series.at(-1)?.cumulativeShareEurBn ?? NaN;
  expect(model.takeaway).toContain(`€${formatNumber(last, 2)}B,`);
  expect(model.takeaway).toMatch(/^At 4\.00 % for 5 years, Italy’s share/);
});

describe('German: the financing slides’ chart text and data labels', () => {
  const SIZE: ChartSize = {
    width: 1200,
    height: 500,
    fontSize: 16,
    palette: { text: '#111', muted: '#555', grid: '#ddd', line: '#111', lineWidth: 2 },
  };
  /** The chart's SVG title and every text drawn in it. */
  const drawn = (model: SlideModel) => {
    const { container } = render(<>{model.renderChart(SIZE)}</>);
    const svg = container.querySelector('svg');
    return {
      title: svg?.querySelector('title')?.textContent ?? svg?.getAttribute('title') ?? null,
      text: [...container.querySelectorAll('text')].map((t) => t.textContent).join(' | '),
    };
  };
  afterEach(() => setLocale('en'));

  it('scenario: SVG title and the Plan B lines’ labels in German', () => {
    const english = drawn(slide('scenario'));
    expect(english.title).toBe(
      'Italy: Plan A interest share, cumulative, against the Plan B guarantee, EUR bn',
    );
    expect(english.text).toMatch(/Plan B, reported: /);
    setLocale('de');
    const model = slide('scenario');
    const chart = drawn(model);
    expect(chart.title).toBe(
      'Italien: Zinsanteil Plan A, kumuliert, gegenüber der Garantie nach Plan B, Mrd. EUR',
    );
    expect(chart.text).toMatch(/Plan B, berichtet: \d+,\d/);
    expect(chart.text).toMatch(/Plan B, mit BIP-Schlüssel berechnet: \d+,\d/);
    expect(chart.text).not.toMatch(/reported|computed|Year/);
    expect(model.source.text).toContain('[amtlich]');
    expect(model.source.text).not.toContain('[official]');
  });

  it('a slide’s German note keeps its English quotation, marked lang="en"', () => {
    setLocale('de');
    const model = {
      ...slide('eu-guarantees'),
      note: 'Nur diese sieben Länder wurden gemeldet („and so on“, also „und so weiter“).',
    };
    const { container } = render(
      <SlideView
        build={{ status: 'ready', slide: model }}
        title={model.title}
        fontSize={16}
        palette={PAPER_PALETTE}
        fixedChart={{ width: 800, height: 400 }}
      />,
    );
    const note = container.querySelector('.slide__note');
    expect(note).toHaveTextContent(model.note);
    expect([...(note?.querySelectorAll('[lang="en"]') ?? [])].map((q) => q.textContent)).toEqual([
      'and so on',
    ]);
  });

  it('eu-guarantees: SVG title and country names in German', () => {
    setLocale('de');
    const model = slide('eu-guarantees');
    expect(drawn(model).title).toBe('Plan B: nationale Garantien, Mrd. EUR');
    expect(model.csv.rows[0]?.slice(0, 3)).toEqual(['Deutschland', 'DEU', 51.3]);
  });
});
