import type { UrlParam } from '@/lib/url-params';
import { escapeXml } from '@/lib/escape-xml';

/** Parameters that belong to presenting, not to the view: left out of shared links. */
const PRESENTATION_PARAMS = [
  'deck',
  'slide',
  'embed',
  'chart',
  'theme',
] as const satisfies readonly UrlParam[];

/** The current view's link (filters, page, language), without deck or embed state. */
export function shareUrl(href: string): string {
  const url = new URL(href);
  for (const name of PRESENTATION_PARAMS) url.searchParams.delete(name);
  url.hash = '';
  return url.toString().replaceAll('%7E', '~');
}

/** The compact chart-only page for one chart, with the view's filters. */
export function embedUrl(href: string, chartId: string): string {
  const url = new URL(shareUrl(href));
  url.searchParams.set('embed', '1');
  url.searchParams.set('chart', chartId);
  return url.toString().replaceAll('%7E', '~');
}

export function iframeSnippet(src: string, title: string, width = 800, height = 500): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="${width}" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** `?embed=1&chart=ID`: the chart id to embed, or null when this is not an embed link. */
export function readEmbed(search: string): { chart: string } | null {
  const params = new URLSearchParams(search);
  if (params.get('embed') !== '1') return null;
  return { chart: params.get('chart') ?? '' };
}
