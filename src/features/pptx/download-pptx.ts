import type { SlideInputs } from '@/features/briefing';
import { CANVAS, type ChartBox, downloadBlob, svgToPng, renderChartSvg } from '@/features/export';
import { shareUrl } from '@/features/share';
import { buildPptxDeck, type PptxChartSlide, type PptxTemplate } from './model/pptx-deck';
import type { ChartPicture } from './write-pptx';

/** The box a picture chart is drawn in: the export's full width, a slide-shaped height. */
const CHART_BOX: ChartBox = { x: 0, y: 0, width: CANVAS.width - 128, height: 600 };

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Projector is the high-contrast template; light and dark give the light one (slides are light). */
export function currentTemplate(): PptxTemplate {
  return document.documentElement.dataset.theme === 'projector' ? 'projector' : 'light';
}

/** Today in the user's time zone, YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string); // readAsDataURL: a string
    reader.onerror = () => reject(reader.error ?? new Error('could not read the picture'));
    reader.readAsDataURL(blob);
  });
}

/** A chart that is not native: the export's own drawing of it, as a PNG at twice its size. */
async function picture(page: PptxChartSlide): Promise<ChartPicture> {
  const svg = await renderChartSvg(page.model, CHART_BOX);
  if (svg === null) throw new Error(`nothing to draw for “${page.title}”`);
  const data = await dataUrl(await svgToPng(svg, CHART_BOX, 2));
  return { data, width: CHART_BOX.width * 2, height: CHART_BOX.height * 2 };
}

export type PptxDownload =
  { status: 'done'; fileName: string } | { status: 'pending' } | { status: 'error'; what: string };

/**
 * Builds the deck of `ids` for the view and saves it as a .pptx. pptxgenjs is loaded here, on
 * the first download, never with the page.
 */
export async function downloadPptx(
  ids: readonly string[],
  inputs: SlideInputs,
): Promise<PptxDownload> {
  const build = buildPptxDeck(ids, inputs, {
    template: currentTemplate(),
    exportedOn: today(),
    viewUrl: shareUrl(window.location.href),
  });
  if (build.status !== 'ready') return build;
  const { writePptx } = await import('./write-pptx');
  const bytes = await writePptx(build.deck, picture);
  downloadBlob(new Blob([bytes], { type: PPTX_TYPE }), build.deck.fileName);
  return { status: 'done', fileName: build.deck.fileName };
}
