import { lazy, memo, Suspense, type ComponentProps } from 'react';
import { useIdle } from '@/lib/when-idle';
import type * as Notes from './freshness-notes';
import './freshness.css';

/**
 * The freshness notes read every data set of their page (the PURL totals too, a request of its
 * own): their code, and with it those requests, load once the browser is idle after the first
 * chart is drawn, not during its drawing. Until then the page note keeps its line, so nothing
 * below it moves when it arrives; the section notes show nothing, as they do until their data
 * has loaded.
 */
const notes = () => import('./freshness-notes');
const LazyPageNote = lazy(() => notes().then((module) => ({ default: module.PageFreshnessNote })));
const LazyStaleNotes = lazy(() =>
  notes().then((module) => ({ default: module.StaleSectionNotes })),
);

function PendingPageNote() {
  return (
    <div className="freshness" aria-hidden="true">
      <p className="freshness__line">&nbsp;</p>
    </div>
  );
}

/**
 * "Newest figure: 21 Apr 2026 — 230 days ago" (freshness-notes.tsx), once the browser is idle.
 * Memoised, as the section notes: a filter change does not render them again.
 */
export const PageFreshnessNote = memo(function PageFreshnessNote(
  props: ComponentProps<typeof Notes.PageFreshnessNote>,
) {
  const idle = useIdle();
  if (!idle) return <PendingPageNote />;
  return (
    <Suspense fallback={<PendingPageNote />}>
      <LazyPageNote {...props} />
    </Suspense>
  );
});

/** The notes of a section's data sets lagging behind the page (freshness-notes.tsx), once idle. */
export const StaleSectionNotes = memo(function StaleSectionNotes(
  props: ComponentProps<typeof Notes.StaleSectionNotes>,
) {
  const idle = useIdle();
  if (!idle) return null;
  return (
    <Suspense fallback={null}>
      <LazyStaleNotes {...props} />
    </Suspense>
  );
});
