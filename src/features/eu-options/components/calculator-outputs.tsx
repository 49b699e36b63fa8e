import { donorName } from '@/lib/donors';
import { formatNumber } from '@/lib/format';
import type { ScenarioResult } from '../model/scenario';

/** EUR bn for outputs: two decimals, "–" for a value that cannot be computed (never NaN). */
export function eurBn(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '–' : `EUR ${formatNumber(value, 2)} bn`;
}

export function percent(share: number): string {
  return Number.isFinite(share) ? `${formatNumber(share * 100, 2)} %` : '–';
}

interface CalculatorOutputsProps {
  result: ScenarioResult;
  country: string;
  principalEurBn: number;
  ratePercent: number;
  years: number;
  participantCount: number;
  planBTotalEurBn: number;
}

/** The figures the inputs give, read out politely as they change. */
export function CalculatorOutputs(props: CalculatorOutputsProps) {
  const { result, country, years } = props;
  const name = donorName(country);
  const key = result.planAKey;
  const bKey = result.planBKey;
  return (
    <div className="eu-calc__outputs" aria-live="polite" aria-atomic="false">
      <dl>
        <div className="eu-calc__output">
          <dt>Plan A: interest the EU budget pays a year</dt>
          <dd>
            {eurBn(result.yearlyInterestEurBn)}{' '}
            <span className="small">
              (EUR {formatNumber(props.principalEurBn, 0)} bn × {formatNumber(props.ratePercent, 2)}{' '}
              %)
            </span>
          </dd>
        </div>
        <div className="eu-calc__output">
          <dt>
            Plan A: interest over {years} {years === 1 ? 'year' : 'years'}
          </dt>
          <dd>{eurBn(result.totalInterestEurBn)}</dd>
        </div>
        <div className="eu-calc__output">
          <dt>
            {name}’s key: share of the {props.participantCount} participants’ GDP
          </dt>
          <dd>
            {key.ok
              ? percent(key.share)
              : key.reason === 'not-in-group'
                ? 'not a participant'
                : '–'}{' '}
            {key.ok && (
              <span className="small">
                (EUR {formatNumber(key.countryGdp, 1)} bn of EUR {formatNumber(key.groupGdp, 1)} bn)
              </span>
            )}
          </dd>
        </div>
        <div className="eu-calc__output">
          <dt>
            {name}’s share of Plan A’s interest, a year / over {years}{' '}
            {years === 1 ? 'year' : 'years'}
          </dt>
          <dd>
            {eurBn(result.countryYearlyEurBn)} / {eurBn(result.countryTotalEurBn)}
            {!key.ok && key.reason === 'not-in-group' && (
              <span className="small block">
                {name} is not among the participants chosen: it bears none of Plan A’s cost.
              </span>
            )}
          </dd>
        </div>
        <div className="eu-calc__output">
          <dt>Plan B guarantee for {name}: reported</dt>
          <dd>
            {result.planBReportedEurBn === null ? (
              <span className="small">
                not reported for {name} (the source lists seven countries)
              </span>
            ) : (
              eurBn(result.planBReportedEurBn)
            )}
          </dd>
        </div>
        <div className="eu-calc__output">
          <dt>Plan B guarantee for {name}: computed with GDP key</dt>
          <dd>
            {eurBn(result.planBComputedEurBn)}{' '}
            {bKey.ok && (
              <span className="small">
                (EUR {formatNumber(props.planBTotalEurBn, 0)} bn × {percent(bKey.share)} of EU-27
                GDP)
              </span>
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
