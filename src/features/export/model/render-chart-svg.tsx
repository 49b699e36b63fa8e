import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { type SlideModel, PAPER_PALETTE } from '@/features/briefing';
import { EXPORT_FONT_SIZE, FONT_STACK, type ChartBox } from './compose-svg';

const nextFrame = () =>
  new Promise<void>((resolve) => window.requestAnimationFrame(() => resolve()));

/**
 * Draws the slide's chart offscreen at the canonical size (not the on-screen svg, whose size
 * depends on the window) and returns its SVG markup, or null when there is nothing to draw.
 */
export async function renderChartSvg(slide: SlideModel, box: ChartBox): Promise<string | null> {
  if (slide.empty) return null;
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${box.width}px;height:${box.height}px;font-family:${FONT_STACK};font-size:${EXPORT_FONT_SIZE}px;`;
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() =>
      root.render(
        slide.renderChart({ ...box, fontSize: EXPORT_FONT_SIZE, palette: PAPER_PALETTE }),
      ),
    );
    // Recharts lays out axes and bars over a few effects: wait until they are drawn.
    for (let frame = 0; frame < 30; frame += 1) {
      await nextFrame();
      if (host.querySelector('.recharts-bar-rectangle, .recharts-line-curve') && frame >= 2) break;
    }
    const svg = host.querySelector('svg.recharts-surface');
    if (!svg) return null;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('font-family', FONT_STACK);
    clone.removeAttribute('style');
    return new XMLSerializer().serializeToString(clone);
  } finally {
    root.unmount();
    host.remove();
  }
}
