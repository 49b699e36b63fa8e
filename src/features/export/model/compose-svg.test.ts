import type { SlideModel } from '@/features/briefing/model/slide-types';
import { CANVAS, composeSvg, escapeXml, wrapText } from './compose-svg';

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
      'Source: Kiel & co (https://example.org/?a=1&b=2). As of 3 Dec 2025.',
    ]) {
      expect(text).toContain(part);
    }
  });
  it('places the chart', () => {
    expect(svg).toContain('<g transform="translate(64 300)"><svg');
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
    expect(empty).not.toContain('translate(64 300)');
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries and cuts with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight', 20, 120, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
  it('keeps short text on one line', () => {
    expect(wrapText('short', 20, 1000, 2)).toEqual(['short']);
  });
  it('escapes markup', () => {
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
