import { loadEmbedView } from '@/features/share';
import { lazy, Suspense, type ReactNode } from 'react';
import './export.css';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';
import { briefingLabels } from '@/features/briefing';

// Deck, export and embed are loaded on demand: the first view does not download the slides.
const BriefingLayer = lazy(() =>
  import('./briefing-layer').then((module) => ({ default: module.BriefingLayer })),
);
const EmbedView = lazy(() =>
  loadEmbedView().then((module) => ({
    default: module.EmbedView,
  })),
);
const FrameExportMenu = lazy(() => import('./frame-export-menu'));

export function LazyBriefingLayer() {
  return (
    <Suspense fallback={null}>
      <BriefingLayer />
    </Suspense>
  );
}

export function LazyEmbedView({ chart, fallback }: { chart: string; fallback: ReactNode }) {
  return (
    <Suspense fallback={fallback}>
      <EmbedView chart={chart} />
    </Suspense>
  );
}

/** Holds the place of the Export button while its code loads (no layout shift when it arrives). */
function ExportPlaceholder() {
  return (
    <div className="export-menu">
      <button type="button" className="button button--small" disabled>
        {briefingLabels().exportMenu} ▾
      </button>
    </div>
  );
}

/** A chart's Export menu, loaded once the page has drawn (it needs the slide of the chart). */
export function LazyExportMenu({ frameId }: { frameId: string }) {
  // The chart it belongs to is drawn when this mounts: its code loads once that is painted.
  const ready = useAfterFirstPaint(true);
  if (!ready) return <ExportPlaceholder />;
  return (
    <Suspense fallback={<ExportPlaceholder />}>
      <FrameExportMenu frameId={frameId} />
    </Suspense>
  );
}
