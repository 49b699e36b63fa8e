import { donorName } from '@/lib/donors';
import { formatNumber, formatScaledMoney } from '@/lib/format';
import { euOptionsText } from '../eu-options-text';
import type { ScenarioResult } from '../model/scenario';

/**
 * EUR bn for outputs: two decimals ("€1.23B" / "1,23 Mrd. €"), "–" for a value that cannot be
 * computed (never NaN).
 */
export function eurBn(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return formatScaledMoney(value * 1e9, 'EUR', 2);
}

/** EUR bn without decimals ("€90B") and with one ("€3,601.8B"), for the inputs behind a figure. */
const eurBnWhole = (value: number) => formatScaledMoney(value * 1e9, 'EUR', 0);
const eurBnOne = (value: number) => formatScaledMoney(value * 1e9, 'EUR', 1);

export function percent(share: number): string {
  return Number.isFinite(share) ? `${formatNumber(share * 100, 2)} %` : '–';
}

/** A field whose text was not usable: what was typed and the value used instead. */
export interface UnusedInput {
  field: string;
  typed: string;
  used: string;
}

interface CalculatorOutputsProps {
  /** Fields whose text was not usable (the outputs say which value they use instead). */
  unused: readonly UnusedInput[];
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
  const t = euOptionsText();
  return (
    <div className="eu-calc__outputs" aria-live="polite" aria-atomic="false">
      <p className="eu-calc__used">
        {t.usedValues(formatNumber(props.ratePercent, 2), years, props.participantCount, name)}
        {props.unused.map((input) => (
          <span key={input.field} className="eu-calc__used-default">
            {' '}
            {t.notUsed(input.field, input.typed, input.used)}
          </span>
        ))}
      </p>
      <dl>
        <div className="eu-calc__output">
          <dt>{t.yearlyInterest}</dt>
          <dd>
            {eurBn(result.yearlyInterestEurBn)}{' '}
            <span className="small">
              ({eurBnWhole(props.principalEurBn)} × {formatNumber(props.ratePercent, 2)} %)
            </span>
          </dd>
        </div>
        <div className="eu-calc__output">
          <dt>{t.interestOver(years)}</dt>
          <dd>{eurBn(result.totalInterestEurBn)}</dd>
        </div>
        <div className="eu-calc__output">
          <dt>{t.countryKey(name, props.participantCount)}</dt>
          <dd>
            {key.ok ? percent(key.share) : key.reason === 'not-in-group' ? t.notParticipant : '–'}{' '}
            {key.ok && (
              <span className="small">
                {t.gdpOf(eurBnOne(key.countryGdp), eurBnOne(key.groupGdp))}
              </span>
            )}
          </dd>
        </div>
        <div className="eu-calc__output">
          <dt>{t.countryShare(name, years)}</dt>
          <dd>
            {eurBn(result.countryYearlyEurBn)} / {eurBn(result.countryTotalEurBn)}
            {!key.ok && key.reason === 'not-in-group' && (
              <span className="small block">{t.notAmongParticipants(name)}</span>
            )}
          </dd>
        </div>
        <div className="eu-calc__output">
          <dt>{t.planBReported(name)}</dt>
          <dd>
            {result.planBReportedEurBn === null ? (
              <span className="small">{t.notReportedFor(name)}</span>
            ) : (
              eurBn(result.planBReportedEurBn)
            )}
          </dd>
        </div>
        <div className="eu-calc__output">
          <dt>{t.planBComputed(name)}</dt>
          <dd>
            {eurBn(result.planBComputedEurBn)}{' '}
            {bKey.ok && (
              <span className="small">
                {t.ofEuGdp(eurBnWhole(props.planBTotalEurBn), percent(bKey.share))}
              </span>
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
