import { render } from '@testing-library/react';
import type { FilterState } from '@/lib/filter-state';
import { buildPurlTimeline } from '@/features/purl';
import { selectPledgeView } from '@/features/pledges';
import { setLocale } from '@/lib/i18n/locale';
import { filtersOf, realKielRows, realPledges } from '@/test-utils/real-data.fixture';
import type { ChartSize, SlideInputs, SlideModel } from '../model/slide-types';
import { buildSlide, findSlide } from './slide-registry';

const SIZE: ChartSize = {
  width: 1200,
  height: 420,
  fontSize: 16,
  palette: { text: '#111111', muted: '#555555', grid: '#dddddd', line: '#111111', lineWidth: 2 },
};

function inputs(
  filters: FilterState,
  measure: 'eur' | 'gdp' = 'eur',
  donorScope: 'all' | 'national' | 'gdp' = 'all',
): SlideInputs {
  const prepared = realPledges();
  const view = selectPledgeView(prepared, filters, 'instrument');
  const events = buildPurlTimeline(view.counted, prepared.index, prepared.rates);
  return {
    filters,
    view: { split: 'instrument', kielMeasure: measure, donorScope },
    pledges: {
      status: 'ready',
      data: { prepared, fxNote: '', view, events, eventsPerMonth: false },
    },
    kiel: { status: 'ready', data: { rows: realKielRows(), release: null } },
    financing: { status: 'pending' },
    euOptions: { status: 'pending' },
    scenario: { status: 'pending' },
  };
}

function slide(
  id: string,
  filters: FilterState = filtersOf(),
  measure?: 'eur' | 'gdp',
): SlideModel {
  const definition = findSlide(id);
  if (!definition) throw new Error(`no slide ${id}`);
  const build = buildSlide(definition, inputs(filters, measure));
  if (build.status !== 'ready') throw new Error(build.status);
  return build.slide;
}

/** The chart's SVG title and every text drawn in it (axis ticks, bar labels). */
function drawn(model: SlideModel) {
  const { container } = render(<>{model.renderChart(SIZE)}</>);
  const svg = container.querySelector('svg.recharts-surface') ?? container.querySelector('svg');
  return {
    title: svg?.querySelector('title')?.textContent ?? svg?.getAttribute('title') ?? null,
    // Recharts draws each word of a tick as its own <tspan>.
    text: [...container.querySelectorAll('text')]
      .map((t) => {
        const words = [...t.querySelectorAll('tspan')].map((w) => w.textContent);
        return words.length > 0 ? words.join(' ') : t.textContent;
      })
      .join(' | '),
  };
}

/** Words of the English slide text that must not survive in German. */
const ENGLISH =
  /\b(Pledges|donors?|Donor|Joint|attributed|hatched|more|Allocations|Total|Month|Announced|Running|Single|Project research|released|EUR (million|bn|billion)|All donors|counted)\b/;

function allText(model: SlideModel): string {
  return [
    model.title,
    model.units,
    model.takeaway,
    model.filterSummary,
    model.source.text,
    model.note,
    ...model.legend.map((l) => l.label),
    ...model.csv.columns,
  ].join(' | ');
}

describe('pledges-by-donor slide', () => {
  afterEach(() => setLocale('en'));

  it('English: title, units, legend, columns, source and the merged “N more” bar', () => {
    const model = slide('pledges-by-donor');
    expect(model.title).toBe('Pledges by donor');
    expect(model.units).toBe('EUR billion (converted at reference rates); split by instrument');
    expect(model.legend.at(-1)).toEqual({
      label: 'Joint, not attributed (hatched)',
      colour: '#555555',
      hatched: true,
    });
    expect(model.csv.columns.slice(0, 2)).toEqual(['Donor', 'Donor code']);
    expect(model.csv.columns.at(-6)).toBe('Total (EUR m)');
    expect(model.source.text).toMatch(/^Project research file of sourced pledges/);
    const chart = drawn(model);
    expect(chart.title).toBe('Pledges by donor, EUR billion (converted at reference rates)');
    expect(chart.text).toMatch(/\b\d+ more( †)? · /);
  });

  it('German: every word German, the same numbers and column count', () => {
    const english = slide('pledges-by-donor');
    setLocale('de');
    const model = slide('pledges-by-donor');
    expect(model.title).toBe('Zusagen nach Geberland');
    expect(findSlide('pledges-by-donor')?.title).toBe('Zusagen nach Geberland');
    expect(model.units).toBe('Mrd. € (umgerechnet zu Referenzkursen); aufgeteilt nach Instrument');
    expect(model.filterSummary).toBe('Alle Geber, Instrumente, Kategorien und Zeiträume');
    expect(model.takeaway).toMatch(/^An der Spitze: EU-Institutionen mit /);
    expect(model.legend.at(-1)?.label).toBe('Gemeinsam, nicht zugeordnet (schraffiert)');
    expect(model.legend.map((l) => l.label)).toContain('NATO PURL');
    expect(model.csv.columns.slice(0, 2)).toEqual(['Geber', 'Geber-Code']);
    expect(model.csv.columns.at(-6)).toBe('Summe (Mio. €)');
    expect(model.csv.columns).toHaveLength(english.csv.columns.length);
    expect(model.csv.rows.map((row) => row.slice(1, -5))).toEqual(
      english.csv.rows.map((row) => row.slice(1, -5)),
    );
    expect(model.csv.rows.map((row) => row[0])).toContain('Gemeinsam, nicht zugeordnet');
    expect(model.source.text).toMatch(/^Rechercheliste des Projekts mit belegten Zusagen/);
    expect(allText(model)).not.toMatch(ENGLISH);
    const chart = drawn(model);
    expect(chart.title).toBe('Zusagen nach Geberland, Mrd. € (umgerechnet zu Referenzkursen)');
    expect(chart.text).toMatch(/\b\d+ weitere( †)? · /);
    expect(chart.text).not.toMatch(/ more\b/);
  });

  it('German: named donors in the filter line', () => {
    setLocale('de');
    expect(slide('pledges-by-donor', filtersOf({ donors: ['POL', 'DEU'] })).filterSummary).toBe(
      'Geber: Polen und Deutschland',
    );
  });
});

describe('purl-timeline slide', () => {
  afterEach(() => setLocale('en'));

  it('English text unchanged', () => {
    const model = slide('purl-timeline');
    expect(model.title).toBe('PURL packages over time');
    expect(model.legend.map((l) => l.label)).toEqual([
      'Single-country contribution',
      'Joint package (total, hatched)',
      'Running total',
    ]);
    expect(model.csv.columns.slice(0, 2)).toEqual(['#', 'Announced']);
    expect(drawn(model).title).toBe('PURL packages over time, EUR million');
  });

  it('German: title, units, legend, columns, SVG title; numbers unchanged', () => {
    const english = slide('purl-timeline');
    setLocale('de');
    const model = slide('purl-timeline');
    expect(model.title).toBe('PURL-Pakete im Zeitverlauf');
    expect(model.units).toMatch(/^Mio\. € zu Referenzkursen; Pakete nach Datum nummeriert, /);
    expect(model.legend.map((l) => l.label)).toEqual([
      'Beitrag eines Landes',
      'Gemeinsames Paket (gesamt, schraffiert)',
      'Laufende Summe',
    ]);
    expect(model.csv.columns).toEqual([
      '#',
      'Angekündigt',
      'Paket oder Beitrag',
      'Geber-Code',
      'Beschreibung',
      'Betrag wie angekündigt (Mio., in der Währung der nächsten Spalte)',
      'Währung',
      'Mio. € (umgerechnet)',
      'Erhöht die laufende Summe um (Mio. €)',
      'Laufende Summe (Mio. €)',
      'Umstritten (†)',
      'Quelle des gezeichneten Werts',
      'Abweichender Wert (Originalwährung)',
      'Abweichender Wert (Mio. €)',
      'Quelle des abweichenden Werts',
    ]);
    // Dates and numbers stay machine-readable; the label, the description and the dispute mark
    // are in the reader's language.
    const values = (rows: SlideModel['csv']['rows']) =>
      rows.map((row) => row.filter((_, i) => i !== 2 && i !== 4 && i !== 10));
    expect(values(model.csv.rows)).toEqual(values(english.csv.rows));
    expect(model.csv.rows[0]?.[2]).toBe('Niederlande: erstes PURL-Paket');
    expect(model.csv.rows[0]?.[4]).toMatch(/^Niederlande, 500\u00a0Mio\.\u00a0€/);
    expect(allText(model)).not.toMatch(ENGLISH);
    expect(drawn(model).title).toBe('PURL-Pakete im Zeitverlauf, Mio. €');
  });
});

describe('Kiel slides', () => {
  afterEach(() => setLocale('en'));

  it('English text unchanged', () => {
    const allocations = slide('kiel-allocations');
    expect(allocations.title).toBe('Allocations by donor (Kiel tracker)');
    expect(allocations.csv.columns).toEqual([
      'Donor',
      'Donor code',
      'Military (EUR bn)',
      'Financial (EUR bn)',
      'Humanitarian (EUR bn)',
      'Total (EUR bn)',
    ]);
    expect(drawn(allocations).text).toMatch(/\b\d+ more donors · /);
    const monthly = slide('kiel-monthly');
    expect(monthly.title).toBe('Allocations per month (Kiel tracker)');
    expect(monthly.csv.columns[0]).toBe('Month');
    expect(drawn(monthly).title).toBe('Allocations per month, EUR billion');
  });

  it('German allocations: EUR and % of GDP', () => {
    setLocale('de');
    const model = slide('kiel-allocations');
    expect(model.title).toBe('Bereitstellungen nach Geberland (Kiel-Tracker)');
    expect(findSlide('kiel-allocations')?.title).toBe(model.title);
    expect(model.units).toBe('Mrd. €, Bereitstellungen');
    expect(model.legend.map((l) => l.label)).toEqual(['Militärisch', 'Finanziell', 'Humanitär']);
    expect(model.csv.columns).toEqual([
      'Geber',
      'Geber-Code',
      'Militärisch (Mrd. €)',
      'Finanziell (Mrd. €)',
      'Humanitär (Mrd. €)',
      'Summe (Mrd. €)',
    ]);
    expect(model.source.text).toBe(
      'Kiel Institute for the World Economy, Ukraine Support Tracker, Release 29 (04/2026)',
    );
    expect(allText(model)).not.toMatch(ENGLISH);
    const chart = drawn(model);
    expect(chart.title).toBe('Bereitstellungen nach Geberland, Mrd. €');
    expect(chart.text).toMatch(/\b\d+ weitere Geber · /);

    const gdp = slide('kiel-allocations', filtersOf(), 'gdp');
    expect(gdp.units).toBe('% des BIP des Geberlands');
    expect(gdp.csv.columns.at(-1)).toBe('Summe (% des BIP)');
    expect(gdp.note).toMatch(/^Nicht in der Ansicht „% des BIP“: EU-Institutionen \(/);
    expect(allText(gdp)).not.toMatch(ENGLISH);
  });

  it('German months: columns and SVG title; the CSV keeps machine-readable months', () => {
    const english = slide('kiel-monthly');
    setLocale('de');
    const model = slide('kiel-monthly');
    expect(model.title).toBe('Bereitstellungen je Monat (Kiel-Tracker)');
    expect(model.csv.columns).toEqual([
      'Monat',
      'Militärisch (Mrd. €)',
      'Finanziell (Mrd. €)',
      'Humanitär (Mrd. €)',
      'Summe (Mrd. €)',
    ]);
    expect(model.csv.rows).toEqual(english.csv.rows);
    expect(model.takeaway).toMatch(/^Stärkster Monat: Okt\. 2024 mit /);
    expect(allText(model)).not.toMatch(ENGLISH);
    expect(drawn(model).title).toBe('Bereitstellungen je Monat, Mrd. €');
  });
});
