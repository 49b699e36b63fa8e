// @vitest-environment node
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { NativeChart } from './model/native-charts';
import type { PptxChartSlide, PptxDeck } from './model/pptx-deck';
import { writePptx } from './write-pptx';

const CHART: NativeChart = {
  kind: 'native',
  direction: 'horizontal',
  categories: ['Germany', 'Norway'],
  bars: [
    { name: 'PURL', values: [100, 250.5], colour: '#0072B2' },
    { name: 'Bilateral', values: [40, 0], colour: '#D55E00' },
  ],
  line: null,
  decimals: 1,
  caveats: [],
};

function page(id: string, chart: PptxChartSlide['chart']): PptxChartSlide {
  return {
    id,
    title: `Title ${id}`,
    takeaway: `Takeaway ${id}`,
    metaLine: 'EUR million. Filters: all.',
    sourceLine: 'Source: research. As of 3 Dec 2025.',
    disputed: id === 'a' ? ['P019: USD 500M counted; sources disagree: €500M per TV'] : [],
    chart,
    empty: false,
    notes: `Takeaway: Takeaway ${id}\nSources (full list):\n- A: https://example.org/a`,
    model: {} as PptxChartSlide['model'],
  };
}

const DECK: PptxDeck = {
  language: 'en',
  template: 'projector',
  fileName: 'x.pptx',
  disputedLabel: 'Disputed figures',
  moreInNotes: (count) => `and ${count} more`,
  cover: {
    title: 'Cover',
    viewsLabel: 'Views',
    views: ['Title a', 'Title b'],
    lines: ['Exported on 7 Dec 2026'],
    notes: 'cover notes',
  },
  slides: [
    page('a', CHART),
    page('b', {
      ...CHART,
      direction: 'vertical',
      line: { name: 'Running', values: [1, 2], colour: '#000000' },
    }),
    page('c', { kind: 'picture', why: 'drawn as on the page' }),
  ],
  closing: {
    title: 'Sources',
    sources: [{ title: 'A', url: 'https://example.org/a' }],
    citation: 'Cite this view as: x',
    notes: 'closing notes',
  },
};

/** 1x1 transparent PNG. */
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const cached = (xml: string) =>
  [...xml.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)].map((m) =>
    [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])),
  );

describe('writePptx', () => {
  it('writes cover, chart slides and sources; native charts are chart parts with their numbers cached', async () => {
    const zip = await JSZip.loadAsync(
      await writePptx(DECK, () => Promise.resolve({ data: PNG, width: 1, height: 1 })),
    );
    const names = Object.keys(zip.files);
    expect(names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(5);
    expect(names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(2);
    expect(names.filter((n) => /^ppt\/media\/.+\.png$/.test(n))).toHaveLength(1);
    const bars = await zip.file('ppt/charts/chart1.xml')!.async('string');
    expect(bars).toContain('<c:barDir val="bar"/>');
    expect(bars).toContain('<c:grouping val="stacked"/>');
    expect(bars).toContain('<c:orientation val="maxMin"/>');
    expect(cached(bars)).toEqual([
      [100, 250.5],
      [40, 0],
    ]);
    expect(bars).toContain('0072B2');
    const combo = await zip.file('ppt/charts/chart2.xml')!.async('string');
    expect(combo).toContain('<c:lineChart>');
    expect(cached(combo)).toEqual([
      [100, 250.5],
      [40, 0],
      [1, 2],
    ]);
    // The data behind each chart, editable in PowerPoint (an embedded workbook).
    expect(names.filter((n) => /^ppt\/embeddings\/.+\.xlsx$/.test(n))).toHaveLength(2);
    const slide2 = await zip.file('ppt/slides/slide2.xml')!.async('string');
    expect(slide2).toContain('Takeaway a');
    expect(slide2).toContain('Disputed figures');
    const notes = await Promise.all(
      names
        .filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    expect(notes.join('')).toContain('https://example.org/a');
    const last = await zip.file('ppt/slides/slide5.xml')!.async('string');
    expect(last).toContain('Cite this view as: x');
  });
});
