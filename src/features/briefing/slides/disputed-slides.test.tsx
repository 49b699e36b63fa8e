import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildPurlTimeline } from '@/features/purl';
import { selectPledgeView } from '@/features/pledges';
import { filtersOf, realPledges } from '@/test-utils/real-data.fixture';
import type { ChartSize, SlideInputs, SlideModel } from '../model/slide-types';
import { buildSlide, findSlide } from './slide-registry';

const SIZE: ChartSize = {
  width: 1200,
  height: 1400,
  fontSize: 16,
  palette: { text: '#111111', muted: '#555555', grid: '#dddddd', line: '#111111', lineWidth: 2 },
};

function slide(id: string, donorScope: 'all' | 'national' = 'all'): SlideModel {
  const prepared = realPledges();
  const view = selectPledgeView(prepared, filtersOf(), 'instrument');
  const events = buildPurlTimeline(view.counted, prepared.index, prepared.rates);
  const inputs: SlideInputs = {
    filters: filtersOf(),
    view: { split: 'instrument', kielMeasure: 'eur', donorScope },
    pledges: {
      status: 'ready',
      data: { prepared, fxNote: '', view, events, eventsPerMonth: false },
    },
    kiel: { status: 'pending' },
    financing: { status: 'pending' },
    euOptions: { status: 'pending' },
    scenario: { status: 'pending' },
  };
  const build = buildSlide(findSlide(id)!, inputs);
  if (build.status !== 'ready') throw new Error(build.status);
  return build.slide;
}

const drawnText = (model: SlideModel) =>
  render(<>{model.renderChart(SIZE)}</>).container.textContent ?? '';

/** The 3 Dec 2025 package: USD 500M per Norway's government, EUR 500M per German news. */
const BOTH_VALUES = /USD 500M \(€430M\) per Government of Norway.*€500M per German TV news report/;

describe('disputed amounts in slides and exports (issue 14, point 6)', () => {
  it('PURL slide: the package is marked in the chart, both values in the note and the CSV', () => {
    const model = slide('purl-timeline');
    expect(model.note).toMatch(BOTH_VALUES);
    const columns = model.csv.columns;
    const row = model.csv.rows.find((r) => r[columns.indexOf('Donor code')] === 'NOR+DEU+POL');
    expect(row?.[columns.indexOf('Disputed (†)')]).toBe('yes');
    expect(row?.[columns.indexOf('Alternative value (original currency)')]).toBe('500000000 EUR');
    expect(row?.[columns.indexOf('Alternative value (EUR m)')]).toBe('500');
    expect(row?.[columns.indexOf('Source of the alternative value')]).toMatch(
      /German TV news report of 3 Dec 2025.*data\/sources\/news-report-2025-12-03-de\.txt/,
    );
    expect(row?.[columns.indexOf('Source of the drawn value')]).toMatch(/Government of Norway/);
    // An undisputed package carries no mark.
    const spain = model.csv.rows.find((r) => r[columns.indexOf('Donor code')] === 'ESP');
    expect(spain?.[columns.indexOf('Disputed (†)')]).toBe('');
    expect(drawnText(model)).toMatch(/\d+† NOR\+DEU\+POL/);
  });

  it('donor slide: bars holding the package carry the mark; note and CSV give both values', () => {
    for (const scope of ['all', 'national'] as const) {
      const model = slide('pledges-by-donor', scope);
      expect(model.note).toMatch(BOTH_VALUES);
      expect(model.note).toMatch(/Bars holding money of it: .*Poland/);
      const columns = model.csv.columns;
      const poland = model.csv.rows.find((r) => r[1] === 'POL');
      expect(poland?.[columns.indexOf('Alternative value (original currency)')]).toBe(
        '500000000 EUR',
      );
      expect(drawnText(model)).toMatch(/Poland ?†/);
    }
  });

  it('donor slide, national donors only: no EU institutions, Poland in EUR million', () => {
    const model = slide('pledges-by-donor', 'national');
    expect(model.csv.rows.map((r) => r[1])).not.toContain('EU');
    expect(model.units).toMatch(/^EUR million/);
    expect(drawnText(model)).toMatch(/Poland ?† ?· ?€86M/);
  });
});

it('a merged "N more" bar holding a disputed bar is marked too', () => {
  const model = slide('pledges-by-donor');
  const small = render(<>{model.renderChart({ ...SIZE, height: 300 })}</>).container.textContent;
  expect(small).toMatch(/more ?†/);
});
