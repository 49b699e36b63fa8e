import { ChartFrame } from '@/components/chart-frame';
import { LoadError, LoadingBlock } from '@/components/load-state';
import { formatSourceDate } from '@/lib/format';
import { useUrlParam } from '@/lib/url-params';
import { useFundingGapView } from '../api/use-financing-view';
import { estimateLabel } from '../model/estimate-label';
import { NEED_PARAM, needParamValue } from '../model/estimate-param';
import { formatEurBn } from '../model/format-bn';
import { highlightShare, isHighlighted } from '../model/highlight';
import { describeRatesUsed } from '../model/rates-used';
import { statusLabels } from '../model/status-style';
import { financingText } from '../financing-messages';
import { coverageStatusValues } from '../api/financing-schema';
import { EstimateSwitcher } from './estimate-switcher';
import { FundingGapChart } from './funding-gap-chart';
import { FundingGapNotes } from './funding-gap-notes';
import { FundingGapTable } from './funding-gap-table';
import { SourceList } from './source-list';
import { StatusSwatch } from './status-swatch';

/** View 1: the 2026-2027 need (estimate chosen in the URL) against what covers it, by status. */
export function FundingGapSection({ highlight }: { highlight: readonly string[] }) {
  const [needParam, setNeedParam] = useUrlParam(NEED_PARAM);
  const state = useFundingGapView(needParam);
  const t = financingText();
  if (state.status === 'pending') return <LoadingBlock label={t.loadingGap} height={420} />;
  if (state.status === 'error') {
    return <LoadError error={state.error} onRetry={state.retry} what={t.loadGapWhat} />;
  }
  const { data, fx, choice, lines, gap, rows, components } = state.view;
  const { estimate } = choice;
  const needLabel = estimateLabel(estimate);
  const lowerBound = gap.needIsLowerBound ? t.atLeast : '';
  const gapEur = gap.gapEur ?? 0;
  const share = highlightShare(lines, highlight);
  const rateNote = describeRatesUsed(
    [...data.coverage.map((item) => item.currency), estimate.currency],
    fx,
  );
  const markedRows = rows.map((row) =>
    row.line && isHighlighted(row.line.donors, highlight)
      ? { ...row, label: `★ ${row.label}` }
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
            gap={gap}
            rateNote={rateNote}
            share={share}
          />
        }
        table={
          <FundingGapTable rows={markedRows} components={components} estimateLabel={needLabel} />
        }
      >
        <p className="funding-gap__sum" data-testid="funding-gap-sum">
          {t.sumNeed}
          {lowerBound}
          <strong>{formatEurBn(gap.needEur ?? 0)}</strong>
          {t.sumCovered}
          <strong>{formatEurBn(gap.coveredEur)}</strong> ={' '}
          {gapEur < 0 ? t.sumSpare : t.sumRemaining}
          <strong>
            {gapEur < 0 ? t.toSpare(formatEurBn(-gapEur)) : `${lowerBound}${formatEurBn(gapEur)}`}
          </strong>
        </p>
        <ul className="funding-gap__legend" aria-label={t.legend}>
          <li>
            <StatusSwatch kind="need" /> {t.need} {formatEurBn(gap.needEur ?? 0)}
          </li>
          {coverageStatusValues.map((status) => (
            <li key={status}>
              <StatusSwatch kind={status} /> {statusLabels()[status]}{' '}
              {formatEurBn(gap.byStatus[status])}
            </li>
          ))}
          <li>
            <StatusSwatch kind="gap" />{' '}
            {gapEur < 0 ? t.noGapLeft : `${t.remainingGap} ${formatEurBn(gapEur)}`}
          </li>
        </ul>
        <FundingGapChart needLabel={needLabel} gap={gap} />
      </ChartFrame>
    </section>
  );
}
