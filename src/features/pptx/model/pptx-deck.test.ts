// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { realEuOptions, realFinancing } from '@/test-utils/financing-data.fixture';
import { filtersOf, realKielRows, realPledges } from '@/test-utils/real-data.fixture';
import {
  type SlideInputs,
  type SlideModel,
  buildSlide,
  findSlide,
  SLIDE_IDS,
} from '@/features/briefing';
import type { FilterState } from '@/lib/filter-state';
import { KIEL_URL, kielText } from '@/features/kiel';
import { selectPledgeView } from '@/features/pledges';
import { purlTimelineView } from '@/features/purl';
import { setLocale } from '@/lib/i18n/locale';
import { MAX_BARS, type NativeChart } from './native-charts';
import { buildPptxDeck, type PptxDeck } from './pptx-deck';

function inputs(filters: FilterState, measure: 'eur' | 'gdp' = 'eur'): SlideInputs {
  const prepared = realPledges();
  const view = selectPledgeView(prepared, filters, 'instrument');
  const { events, perMonth } = purlTimelineView(view, prepared);
  const options = realEuOptions();
  return {
    filters,
    view: { split: 'instrument', kielMeasure: measure, donorScope: 'all' },
    pledges: {
      status: 'ready',
      data: { prepared, fxNote: 'FX NOTE', view, events, eventsPerMonth: perMonth },
    },
    kiel: {
      status: 'ready',
      data: { rows: realKielRows(), release: { date: '2026-05-12', period: '04/2026' } as never },
    },
    financing: { status: 'ready', data: realFinancing() },
    euOptions: { status: 'ready', data: options },
    scenario: { status: 'ready', data: options },
  };
}

const CONTEXT = {
  template: 'light' as const,
  exportedOn: '2026-12-07',
  viewUrl: 'https://example.org/?donors=NOR~DEU~POL',
};

function deckOf(filters: FilterState, ids: readonly string[] = SLIDE_IDS, measure?: 'eur' | 'gdp') {
  const build = buildPptxDeck(ids, inputs(filters, measure), CONTEXT);
  if (build.status !== 'ready') throw new Error(build.status);
  return build.deck;
}

function modelOf(id: string, filters: FilterState): SlideModel {
  const build = buildSlide(findSlide(id)!, inputs(filters));
  if (build.status !== 'ready') throw new Error(build.status);
  return build.slide;
}

const native = (deck: PptxDeck, id: string): NativeChart => {
  const chart = deck.slides.find((slide) => slide.id === id)?.chart;
  if (chart?.kind !== 'native') throw new Error(`${id} is not native`);
  return chart;
};

afterEach(() => setLocale('en'));

const NORDIC = filtersOf({ donors: ['NOR', 'DEU', 'POL'] });

describe('buildPptxDeck', () => {
  it('one slide per chart of the deck, with the deck slide’s own title, takeaway and filters', () => {
    const deck = deckOf(NORDIC);
    expect(deck.slides.map((slide) => slide.id)).toEqual(SLIDE_IDS);
    for (const slide of deck.slides) {
      const model = modelOf(slide.id, NORDIC);
      expect(slide.title).toBe(model.title);
      expect(slide.takeaway).toBe(model.takeaway);
      expect(slide.metaLine).toContain(model.filterSummary);
      expect(slide.sourceLine).toContain(`As of ${model.asOf}`);
      expect(slide.notes).toContain(`Takeaway: ${model.takeaway}`);
      expect(slide.notes).toContain(`As of: ${model.asOf}`);
    }
    expect(deck.cover.views).toEqual(deck.slides.map((slide) => slide.title));
    expect(deck.cover.lines).toContain('Exported on 7 Dec 2026');
    expect(deck.fileName).toBe('ukraine-aid-briefing-2026-12-07-en.pptx');
  });

  it('the four required charts are native with the on-screen numbers; the others are pictures that say so', () => {
    const deck = deckOf(NORDIC);
    const byDonor = native(deck, 'pledges-by-donor');
    const model = modelOf('pledges-by-donor', NORDIC);
    expect(byDonor.categories).toEqual(model.csv.rows.map((row) => row[0]));
    byDonor.bars.forEach((series, s) => {
      expect(series.values).toEqual(model.csv.rows.map((row) => row[2 + s]));
    });
    const monthly = native(deck, 'kiel-monthly');
    const kielModel = modelOf('kiel-monthly', NORDIC);
    expect(monthly.bars.map((s) => s.colour)).toEqual(kielModel.legend.map((l) => l.colour));
    expect(monthly.bars[0]?.values).toEqual(kielModel.csv.rows.map((row) => row[1]));
    const purl = native(deck, 'purl-timeline');
    expect(purl.line?.values).toEqual(modelOf('purl-timeline', NORDIC).csv.rows.map((r) => r[9]));
    // Funding gap: the need, then one bar per status added, labelled as the slide's CSV rows.
    const gap = native(deck, 'funding-gap');
    const gapModel = modelOf('funding-gap', NORDIC);
    const steps = gap.categories.length;
    expect(steps).toBeGreaterThan(2);
    expect(gap.categories.slice(1)).toEqual(gapModel.csv.rows.slice(1, steps).map((row) => row[0]));
    expect(gap.bars[0]?.values[0]).toBeCloseTo(Number(gapModel.csv.rows[0]?.[2]), 3);
    const picture = deck.slides.find((slide) => slide.id === 'scenario');
    expect(picture?.chart.kind).toBe('picture');
    expect(picture?.notes).toMatch(/is a picture \(PNG at twice the slide resolution\)/);
    expect(deck.slides.find((s) => s.id === 'kiel-monthly')?.notes).toMatch(
      /is a PowerPoint chart/,
    );
  });

  it('more donors than fit: the rest summed into one bar, and the notes say so', () => {
    const deck = deckOf(filtersOf(), ['kiel-allocations']);
    const chart = native(deck, 'kiel-allocations');
    expect(chart.categories).toHaveLength(MAX_BARS);
    expect(chart.categories.at(-1)).toMatch(/^\d+ more donors$/);
    expect(chart.caveats.join(' ')).toMatch(/The last bar sums \d+ smaller entries/);
    const total = (modelOf('kiel-allocations', filtersOf()).csv.rows as number[][]).reduce(
      (sum, row) => sum + (row.at(-1) ?? 0),
      0,
    );
    const drawn = chart.bars.flatMap((s) => s.values).reduce((sum, v) => sum + v, 0);
    expect(drawn).toBeCloseTo(total, 6);
  });

  it('a Kiel slide’s notes carry the page’s caveat when an instrument filter does not apply to it', () => {
    const deck = deckOf(filtersOf({ instruments: ['purl'] }), ['kiel-monthly']);
    expect(deck.slides[0]?.notes).toContain(kielText().instrumentsIgnored);
    expect(deckOf(NORDIC, ['kiel-monthly']).slides[0]?.notes).not.toContain(
      kielText().instrumentsIgnored,
    );
  });

  it('disputed figures are marked, with both amounts and the other source (P019: USD 500M vs EUR 500M)', () => {
    const slide = deckOf(NORDIC).slides.find((s) => s.id === 'pledges-by-donor');
    const line = slide?.disputed.find((text) => text.startsWith('P019'));
    expect(line).toMatch(
      /^P019 Norway \+ Germany \+ Poland: USD 500M counted, per Government of Norway .+; sources disagree: €500M per German TV news report/,
    );
    expect(slide?.notes).toContain(line);
  });

  it('notes and the last slide list every source with its address, and the view’s citation', () => {
    const deck = deckOf(NORDIC);
    const purl = deck.slides.find((s) => s.id === 'purl-timeline');
    expect(purl?.notes).toMatch(/Sources \(full list\):\n- .+: https?:\/\//);
    const urls = deck.closing.sources.map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain(KIEL_URL);
    for (const slide of deck.slides) {
      for (const line of slide.notes.split('\n').filter((l) => /^- .*: (https?:|data\/)/.test(l))) {
        expect(urls.some((url) => line.endsWith(`: ${url}`))).toBe(true);
      }
    }
    // A source shipped with the app is given by its address on the site the deck came from.
    expect(urls).toContain('https://example.org/data/sources/news-report-2025-12-03-de.txt');
    expect(urls.every((url) => /^https?:\/\//.test(url))).toBe(true);
    expect(deck.closing.citation).toBe(
      'Cite this view as: Ukraine aid-pledge dashboard, view of 7 Dec 2026. https://example.org/?donors=NOR~DEU~POL',
    );
  });

  it('German: the slide text, notes and the deck’s own words follow the language', () => {
    setLocale('de');
    const deck = deckOf(NORDIC);
    const model = modelOf('pledges-by-donor', NORDIC);
    const slide = deck.slides[0];
    expect(slide?.title).toBe(model.title);
    expect(slide?.notes).toContain(`Kernaussage: ${model.takeaway}`);
    expect(slide?.notes).toContain('Quellen (vollständige Liste):');
    expect(slide?.sourceLine).toMatch(/^Quelle: .* Stand /);
    expect(deck.cover.lines).toContain('Exportiert am 7. Dez. 2026');
    expect(deck.closing.title).toBe('Quellen');
    expect(deck.fileName).toMatch(/-de\.pptx$/);
  });

  it('waits for data: a slide whose data is loading makes the deck pending', () => {
    const pending = { ...inputs(NORDIC), kiel: { status: 'pending' as const } };
    expect(buildPptxDeck(['pledges-by-donor', 'kiel-monthly'], pending, CONTEXT)).toEqual({
      status: 'pending',
    });
  });
});
