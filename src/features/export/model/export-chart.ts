import type { SlideModel } from '@/features/briefing/model/slide-types';
import { composeSvg } from './compose-svg';
import { buildCsv, fileStem } from './csv';
import { copyPng, downloadBlob, svgToPng } from './rasterise';
import { renderChartSvg } from './render-chart-svg';

export type ExportKind = 'png' | 'png2x' | 'svg' | 'csv' | 'copy';

async function exportSvg(slide: SlideModel): Promise<string> {
  return composeSvg(slide, await renderChartSvg(slide));
}

/** Runs one export; returns the file name written (null for the clipboard). */
export async function exportChart(slide: SlideModel, kind: ExportKind): Promise<string | null> {
  const stem = fileStem(slide.title);
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
      downloadBlob(new Blob([await exportSvg(slide)], { type: 'image/svg+xml' }), name);
      return name;
    }
    case 'png':
    case 'png2x': {
      const scale = kind === 'png' ? 1 : 2;
      const name = `${stem}-${scale === 1 ? '1920x1080' : '3840x2160'}.png`;
      downloadBlob(await svgToPng(await exportSvg(slide), scale), name);
      return name;
    }
    case 'copy':
      await copyPng(exportSvg(slide).then((svg) => svgToPng(svg, 1)));
      return null;
  }
}
