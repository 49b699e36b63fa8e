// Reads a downloaded .pptx (a zip of XML parts) for the e2e tests: slide and notes text in slide
// order, chart parts with their cached categories and values, pictures.
import JSZip from 'jszip';

export interface ChartSeries {
  name: string;
  categories: string[];
  values: number[];
}

export interface PptxContent {
  /** Text of each slide (its <a:t> runs joined by spaces), in slide order. */
  slides: string[];
  /** Speaker notes of each slide, in slide order (empty when a slide has none). */
  notes: string[];
  /** ppt/charts/chartN.xml, in N order. */
  charts: { name: string; xml: string }[];
  /** Chart part names each slide refers to, in slide order. */
  slideCharts: string[][];
  /** Pictures in ppt/media. */
  media: string[];
}

/** A relationship target of a slide ("../charts/chart1.xml" or "/ppt/charts/chart1.xml") as a part name. */
const partName = (target: string) =>
  target.startsWith('/') ? target.slice(1) : `ppt/${target.replace('../', '')}`;

const byNumber = (a: string, b: string) =>
  Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]);

const decode = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** The text runs of a DrawingML part. */
export const runs = (xml: string): string =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1] ?? '')).join(' ');

const cachedValues = (xml: string) =>
  [...xml.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => decode(m[1] ?? ''));

/** Each <c:ser> of a chart part: its name, categories (c:cat) and values (c:val numCache). */
export function chartSeries(xml: string): ChartSeries[] {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((match) => {
    const ser = match[1] ?? '';
    const part = (tag: string) =>
      new RegExp(`<c:${tag}>([\\s\\S]*?)</c:${tag}>`).exec(ser)?.[1] ?? '';
    return {
      name: cachedValues(part('tx'))[0] ?? '',
      categories: cachedValues(part('cat')),
      values: cachedValues(part('val')).map(Number),
    };
  });
}

export async function readPptx(data: Buffer): Promise<PptxContent> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files);
  const text = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const slideNames = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort(byNumber);
  const chartNames = names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort(byNumber);
  const slides: string[] = [];
  const notes: string[] = [];
  const slideCharts: string[][] = [];
  for (const slide of slideNames) {
    slides.push(runs(await text(slide)));
    const rels = await text(
      slide.replace('slides/', 'slides/_rels/').replace(/\.xml$/, '.xml.rels'),
    );
    const targets = [...rels.matchAll(/Target="([^"]+)"/g)].map((m) => m[1] ?? '');
    const note = targets.find((t) => t.includes('notesSlide'));
    notes.push(note ? runs(await text(partName(note))) : '');
    slideCharts.push(targets.filter((t) => t.includes('charts/chart')).map(partName));
  }
  const charts = await Promise.all(
    chartNames.map(async (name) => ({ name, xml: await text(name) })),
  );
  return {
    slides,
    notes,
    charts,
    slideCharts,
    media: names.filter((n) => n.startsWith('ppt/media/') && !n.endsWith('/')),
  };
}
