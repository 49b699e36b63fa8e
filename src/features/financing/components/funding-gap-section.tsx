import { ChartFrame } from '@/components/chart-frame';
import { LoadError, LoadingBlock } from '@/components/load-state';
import { formatSourceDate } from '@/lib/format';
import { useUrlParam } from '@/lib/url-params';
import { useFundingGapView } from '../api/use-financing-view';
import { estimateLabel } from '../model/estimate-label';
import { NEED_PARAM, needParamValue } from '../model/estimate-param';
import { highlightShare, isHighlighted } from '../model/highlight';
import { describeRatesUsed } from '../model/rates-used';
import { financingText } from '../financing-text';
import { EstimateSwitcher } from './estimate-switcher';
import { FundingGapChart } from './funding-gap-chart';
import { FundingGapHeadline } from './funding-gap-headline';
import { FundingGapNotes } from './funding-gap-notes';
import { FundingGapTable } from './funding-gap-table';
import { SourceList } from './source-list';
import '../financing.css';

/**
 * View 1: the 2026-2027 need (estimate chosen in the URL) against what covers it: the EU's own
 * arithmetic first, then the gap after each step of certainty, in the reading the source
 * supports, with the other reading and the counting rule beside it.
 */
export function FundingGapSection({ highlight }: { highlight: readonly string[] }) {
  const [needParam, setNeedParam] = useUrlParam(NEED_PARAM);
  const state = useFundingGapView(needParam);
  const t = financingText();
  if (state.status === 'pending') return <LoadingBlock label={t.loadingGap} height={420} />;
  if (state.status === 'error') {
    return <LoadError error={state.error} onRetry={state.retry} what={t.loadGapWhat} />;
  }
  const { data, fx, choice, model } = state.view;
  const { estimate } = choice;
  const needLabel = estimateLabel(estimate);
  const windowed = model.lines.map((row) => ({ ...row.line, eur: row.line.eurInWindow }));
  const share = highlightShare(
    windowed,
    highlight,
    new Set(model.readings.net.counted.map((line) => line.key)),
  );
  const rateNote = describeRatesUsed(
    [...data.coverage.map((item) => item.currency), estimate.currency],
    fx,
  );
  const lineRows = model.lines.map((row) =>
    isHighlighted(row.line.donors, highlight)
      ? { ...row, line: { ...row.line, label: `★ ${row.line.label}` } }
      : row,
  );
  return (
    <section className="financing-section" aria-label={t.sectionLabel}>
      {choice.unrecognised !== null && (
        <p className="notice notice--warning" role="status">
          {t.unrecognised(choice.unrecognised, needLabel)}
        </p>
      )}
      <ChartFrame
        id="funding-gap"
        title={t.chartTitle}
        units={t.chartUnits}
        asOf={formatSourceDate(data.asOf)}
        source={
          <>
            {t.need} ({needLabel}): <SourceList sources={estimate.sources} />; {t.coverageSource}
          </>
        }
        controls={
          <EstimateSwitcher
            estimates={data.needs.estimates}
            selected={estimate.id}
            onSelect={(id) => setNeedParam(needParamValue(id, data.needs.defaultEstimate))}
          />
        }
        notes={
          <FundingGapNotes
            data={data}
            estimate={estimate}
            model={model}
            rateNote={rateNote}
            share={share}
          />
        }
        table={<FundingGapTable model={model} lines={lineRows} estimateLabel={needLabel} />}
      >
        {/* On a phone the chart comes first, the arithmetic under it (financing.css). */}
        <div className="funding-gap__body">
          <FundingGapHeadline model={model} />
          <FundingGapChart needLabel={needLabel} model={model} />
        </div>
      </ChartFrame>
    </section>
  );
}
