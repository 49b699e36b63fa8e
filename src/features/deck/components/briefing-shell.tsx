import type { ReactNode } from 'react';
import { ChartActionsContext } from '@/components/chart-frame';
import { LoadingBlock } from '@/components/load-state';
import { readEmbed } from '@/features/share';
import { useTheme } from '@/features/theme';
import { readParam, useSearch } from '@/lib/url-params';
import { briefingLabels, hasSlideForFrame } from '@/features/briefing';
import { LazyBriefingLayer, LazyEmbedView, LazyExportMenu } from './lazy-briefing';

function chartActions(frameId: string): ReactNode {
  return hasSlideForFrame(frameId) ? <LazyExportMenu frameId={frameId} /> : null;
}

/**
 * Briefing mode around the app: applies the theme, gives every chart its Export menu, shows
 * the deck when the URL asks for one, and replaces the page by one chart for `?embed=1`.
 */
export function BriefingShell({ children }: { children: ReactNode }) {
  useTheme();
  const search = useSearch();
  const embed = readEmbed(search);
  if (embed) {
    return (
      <LazyEmbedView
        chart={embed.chart}
        fallback={<LoadingBlock label={briefingLabels().loadingChart} height={400} />}
      />
    );
  }
  return (
    <ChartActionsContext value={chartActions}>
      {children}
      {readParam(search, 'deck') !== null && <LazyBriefingLayer />}
    </ChartActionsContext>
  );
}
