import type { SlideModel } from '@/features/briefing';
import { composeSvg, exportLayout, type ExportLayout } from './compose-svg';
import { buildCsv, fileStem } from './csv';
import { copyPng, downloadBlob, svgToPng } from './rasterise';
import { renderChartSvg } from './render-chart-svg';

export type ExportKind = 'png' | 'png2x' | 'svg' | 'csv' | 'copy';

async function exportSvg(slide: SlideModel, layout: ExportLayout): Promise<string> {
  return composeSvg(slide, await renderChartSvg(slide, layout.chart), layout);
}

/** Runs one export; returns the file name written (null for the clipboard). */
export async function exportChart(slide: SlideModel, kind: ExportKind): Promise<string | null> {
  const stem = fileStem(slide.title);
  const layout = exportLayout(slide);
  switch (kind) {
    case 'csv': {
      const csv = buildCsv(slide.csv, {
        title: slide.title,
        units: slide.units,
        filters: slide.filterSummary,
        source: slide.source.url ? `${slide.source.text} (${slide.source.url})` : slide.source.text,
        asOf: slide.asOf,
        note: slide.note,
      });
      const name = `${stem}.csv`;
      downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
      return name;
    }
    case 'svg': {
      const name = `${stem}.svg`;
      downloadBlob(new Blob([await exportSvg(slide, layout)], { type: 'image/svg+xml' }), name);
      return name;
    }
    case 'png':
    case 'png2x': {
      const scale = kind === 'png' ? 1 : 2;
      // The name gives the real size: taller than 1080 when the text needed the room.
      const name = `${stem}-${layout.width * scale}x${layout.height * scale}.png`;
      downloadBlob(await svgToPng(await exportSvg(slide, layout), layout, scale), name);
      return name;
    }
    case 'copy':
      await copyPng(exportSvg(slide, layout).then((svg) => svgToPng(svg, layout, 1)));
      return null;
  }
}
