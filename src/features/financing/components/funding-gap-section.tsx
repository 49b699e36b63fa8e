import { ChartFrame } from '@/components/chart-frame';
import { LoadError, LoadingBlock } from '@/components/load-state';
import { formatSourceDate } from '@/lib/format';
import { useUrlParam } from '@/lib/url-params';
import { useFundingGapView } from '../api/use-financing-view';
import { NEED_PARAM, needParamValue } from '../model/estimate-param';
import { formatEurBn } from '../model/format-bn';
import { highlightShare, isHighlighted } from '../model/highlight';
import { describeRatesUsed } from '../model/rates-used';
import { STATUS_LABELS } from '../model/status-style';
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
  if (state.status === 'pending') return <LoadingBlock label="the funding gap" height={420} />;
  if (state.status === 'error') {
    return (
      <LoadError
        error={state.error}
        onRetry={state.retry}
        what="the funding gap data (financing.json)"
      />
    );
  }
  const { data, fx, choice, lines, gap, rows, components } = state.view;
  const { estimate } = choice;
  const lowerBound = gap.needIsLowerBound ? 'at least ' : '';
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
    <section className="financing-section" aria-label="Funding gap 2026–2027">
      {choice.unrecognised !== null && (
        <p className="notice notice--warning" role="status">
          The link’s need estimate “{choice.unrecognised}” was not recognised; showing the default,{' '}
          {estimate.shortLabel}.
        </p>
      )}
      <ChartFrame
        id="funding-gap"
        title="Funding gap 2026–2027: need and what covers it"
        units="EUR billion; amounts in other currencies converted at the reference rates (see notes)"
        asOf={formatSourceDate(data.asOf)}
        source={
          <>
            {estimate.shortLabel}: <SourceList sources={estimate.sources} />; coverage: each line’s
            source in the data table (financing.json)
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
          <FundingGapTable
            rows={markedRows}
            components={components}
            estimateLabel={estimate.shortLabel}
          />
        }
      >
        <p className="funding-gap__sum" data-testid="funding-gap-sum">
          Need {lowerBound}
          <strong>{formatEurBn(gap.needEur ?? 0)}</strong> − covered{' '}
          <strong>{formatEurBn(gap.coveredEur)}</strong> ={' '}
          {gapEur < 0 ? 'covered, with ' : 'remaining gap '}
          <strong>
            {gapEur < 0
              ? `${formatEurBn(-gapEur)} to spare`
              : `${lowerBound}${formatEurBn(gapEur)}`}
          </strong>
        </p>
        <ul className="funding-gap__legend" aria-label="Legend">
          <li>
            <StatusSwatch kind="need" /> Need {formatEurBn(gap.needEur ?? 0)}
          </li>
          {coverageStatusValues.map((status) => (
            <li key={status}>
              <StatusSwatch kind={status} /> {STATUS_LABELS[status]}{' '}
              {formatEurBn(gap.byStatus[status])}
            </li>
          ))}
          <li>
            <StatusSwatch kind="gap" />{' '}
            {gapEur < 0 ? 'No gap left' : `Remaining gap ${formatEurBn(gapEur)}`}
          </li>
        </ul>
        <FundingGapChart needLabel={estimate.shortLabel} gap={gap} />
      </ChartFrame>
    </section>
  );
}
