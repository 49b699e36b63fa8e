import type { SlideModel } from '@/features/briefing';
import { CANVAS, composeSvg, escapeXml, exportLayout, MIN_CHART_HEIGHT } from './compose-svg';

const slide: SlideModel = {
  id: 'pledges-by-donor',
  title: 'Pledges by donor',
  units: 'EUR million',
  takeaway: 'Germany leads with €17.1B, 53% of the €32.5B counted for 3 donors.',
  filterSummary: 'Donors: Poland, Norway and Germany',
  legend: [
    { label: 'NATO PURL', colour: '#0072B2' },
    { label: 'Joint <hatched>', colour: '#555555', hatched: true },
  ],
  csv: { columns: [], rows: [] },
  source: { text: 'Kiel & co', url: 'https://example.org/?a=1&b=2' },
  asOf: '3 Dec 2025',
  note: '',
  empty: false,
  renderChart: () => null,
};

describe('composeSvg', () => {
  const svg = composeSvg(
    slide,
    '<svg xmlns="http://www.w3.org/2000/svg" width="1792" height="600"><rect/></svg>',
  );
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  it('is well-formed XML at the canonical size', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('width')).toBe(String(CANVAS.width));
    expect(doc.documentElement.getAttribute('height')).toBe(String(CANVAS.height));
  });
  it('carries title, takeaway, filters, legend, source and as-of date as text', () => {
    const text = doc.documentElement.textContent ?? '';
    for (const part of [
      'Pledges by donor',
      'Germany leads with €17.1B',
      'Filters: Donors: Poland, Norway and Germany.',
      'NATO PURL',
      'Joint <hatched>',
      'Source: Kiel & co (https://example.org/?a=1&b=2).',
      'As of 3 Dec 2025.',
    ]) {
      expect(text).toContain(part);
    }
  });
  it('places the chart below the text', () => {
    const { chart } = exportLayout(slide);
    expect(svg).toContain(`<g transform="translate(64 ${chart.y})"><svg`);
    expect(chart.y).toBeGreaterThan(200);
  });
  it('uses no CSS variables (an image file has no stylesheet)', () => {
    expect(svg).not.toContain('var(');
  });
  it('an empty chart says why instead of drawing', () => {
    const empty = composeSvg(
      { ...slide, empty: true, takeaway: 'No pledges match this filter.' },
      null,
    );
    expect(empty).toContain('No pledges match this filter.');
    expect(empty).not.toContain('<g transform="translate(64');
  });
});

const words = (count: number, word: string) => Array.from({ length: count }, () => word).join(' ');
/** Every text line of the image, in order, joined as read. */
const allText = (svg: string) =>
  [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text')]
    .map((node) => node.textContent)
    .join(' ');

describe('no text is ever cut', () => {
  const long = {
    ...slide,
    title: `A long title ${words(30, 'Wort')}`,
    source: { text: `Commission paper ${words(120, 'source')}`, url: 'https://example.org/x' },
    note: `Converted at ECB reference rates ${words(80, 'note')} END-OF-NOTE`,
    legend: Array.from({ length: 14 }, (_, i) => ({
      label: `Series number ${i}`,
      colour: '#0072B2',
    })),
  };
  const layout = exportLayout(long);
  const svg = composeSvg(long, '<svg/>', layout);
  it('wraps title, source, as-of date and note in full, without ellipsis', () => {
    const text = allText(svg);
    expect(text).not.toContain('…');
    expect(text).toContain('END-OF-NOTE');
    expect(text).toContain('As of 3 Dec 2025.');
    expect(text.match(/source/g)).toHaveLength(120);
    expect(text.match(/Wort/g)).toHaveLength(30);
    expect(text.match(/Series number/g)).toHaveLength(14);
  });
  it('the image grows taller when the chart cannot give up more room; every line is inside it', () => {
    expect(layout.chart.height).toBe(MIN_CHART_HEIGHT);
    expect(layout.height).toBeGreaterThan(CANVAS.height);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.documentElement.getAttribute('height')).toBe(String(layout.height));
    const ys = [...doc.querySelectorAll('text')].map((node) => Number(node.getAttribute('y')));
    expect(Math.max(...ys)).toBeLessThanOrEqual(layout.height - 8);
    // Lines never overlap: each is below the one before.
    ys.slice(1).forEach((y, i) => expect(y).toBeGreaterThanOrEqual(ys[i] ?? 0));
  });
  it('a short slide keeps the canonical 1920 x 1080', () => {
    expect(exportLayout(slide)).toMatchObject({ width: 1920, height: 1080 });
  });
});

describe('escapeXml', () => {
  it('escapes markup', () => {
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
