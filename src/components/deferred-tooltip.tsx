import { lazy, Suspense, type ComponentProps } from 'react';
import type { Tooltip } from 'recharts';

// Its own chunk: the tooltip's code (about 9 kB gzip) is not part
// of the first download.
const LazyTooltip = lazy(() =>
  import('./recharts-tooltip').then((module) => ({ default: module.Tooltip })),
);

type DeferredTooltipProps = ComponentProps<typeof Tooltip> & {
  /** True once the first view is drawn: the tooltip's code loads then. */
  ready: boolean;
};

/**
 * Recharts' Tooltip, loaded after the first view is drawn. A tooltip appears only on hover or
 * keyboard focus, so the first chart is drawn without its code and gains it a moment later; the
 * chart's numbers are in its data table from the start.
 */
export function DeferredTooltip({ ready, ...props }: DeferredTooltipProps) {
  if (!ready) return null;
  return (
    <Suspense fallback={null}>
      <LazyTooltip {...props} />
    </Suspense>
  );
}
