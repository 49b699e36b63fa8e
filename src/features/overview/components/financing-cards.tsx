import {
  useFundingGapView,
  estimateLabel,
  NEED_PARAM,
  formatEurBn,
  GAP_COLOUR,
  STATUS_COLOURS,
  statusLabels,
  gapText,
  gapAmount,
  useFinancingData,
} from '@/features/financing';
import { useEuOptions } from '@/features/eu-options';
import { pageSearch } from '@/lib/page-param';
import { formatSourceDate } from '@/lib/format';
import { readParam } from '@/lib/url-params';
import { latestDecision } from '../model/overview-model';
import { overviewText } from '../overview-text';
import { goToView } from './go-to-view';

/** The gap card (with its small chart of the gap by certainty) and the Plan A / Plan B card. */
export default function FinancingCards({ search }: { search: string }) {
  return (
    <>
      <GapCard search={search} />
      <EuCard search={search} />
    </>
  );
}

function GapCard({ search }: { search: string }) {
  const t = overviewText();
  const state = useFundingGapView(readParam(search, NEED_PARAM));
  if (state.status === 'pending') return <p className="overview__card">{t.gap.loading}</p>;
  if (state.status === 'error') return <p className="overview__card">{t.gap.failed}</p>;
  const { model, choice, data } = state.view;
  const { readings, summary } = model;
  const reading = readings[readings.primary];
  const steps = readings.needEur === null ? [] : reading.steps;
  const need = readings.needEur ?? 0;
  const last = steps.at(-1);
  const labels = statusLabels();
  const g = gapText();
  const href = `${pageSearch(search, 'financing')}#funding-gap`;
  return (
    <article className="overview__card overview__card--gap" aria-labelledby="overview-gap">
      <h3 id="overview-gap" className="overview__question">
        {t.gap.question}
      </h3>
      {last && (
        <p className="overview__figure">
          <span className="overview__label">
            {t.gap.figure(
              readings.primary === 'net'
                ? g.readingLong.net(formatSourceDate(readings.netBefore))
                : g.readingLong.gross,
            )}
          </span>{' '}
          <strong className="overview__value" data-testid="overview-gap-value">
            {gapAmount(last.gapEur, readings.needIsLowerBound)}
          </strong>
        </p>
      )}
      <figure
        className="overview__chart"
        aria-label={t.gap.chartTitle}
        data-testid="overview-gap-chart"
      >
        <ul className="gap-steps">
          {steps.map((step) => {
            const share = need > 0 ? Math.max(0, Math.min(1, step.gapEur / need)) : 0;
            return (
              <li key={step.status} className="gap-steps__row">
                <span className="gap-steps__label">{t.gap.step(labels[step.status])}</span>
                <svg
                  className="gap-steps__bar"
                  viewBox="0 0 100 10"
                  preserveAspectRatio="none"
                  aria-hidden="true"
                >
                  <rect
                    x="0"
                    y="0"
                    width={100 - share * 100}
                    height="10"
                    fill={STATUS_COLOURS[step.status]}
                  />
                  <rect
                    x={100 - share * 100}
                    y="0"
                    width={share * 100}
                    height="10"
                    fill={GAP_COLOUR}
                    opacity="0.85"
                  />
                </svg>
                <span className="gap-steps__value">
                  <span className="gap-steps__amount">{formatEurBn(Math.abs(step.gapEur))}</span>{' '}
                  {step.gapEur >= 0 ? t.gap.left : t.gap.spare}
                </span>
              </li>
            );
          })}
        </ul>
      </figure>
      <p className="overview__scope">
        {summary.framing ??
          t.gap.need(formatEurBn(need), estimateLabel(choice.estimate), choice.estimate.period)}
      </p>
      <p className="overview__scope">{t.asOf(formatSourceDate(data.asOf))}</p>
      <p className="overview__links">
        <a href={href} onClick={(e) => goToView(e, 'financing', 'funding-gap')}>
          {t.gap.link} →
        </a>
      </p>
    </article>
  );
}

function EuCard({ search }: { search: string }) {
  const t = overviewText();
  const options = useEuOptions();
  const financing = useFinancingData();
  if (options.error || financing.error) return <p className="overview__card">{t.eu.failed}</p>;
  if (!options.data || !financing.data) return <p className="overview__card">{t.eu.loading}</p>;
  const decision = latestDecision(financing.data.timeline);
  const principal = options.data.calculatorDefaults.principalEurBn * 1e9;
  const href = `${pageSearch(search, 'financing')}#plan-comparison`;
  return (
    <article className="overview__card" aria-labelledby="overview-eu">
      <h3 id="overview-eu" className="overview__question">
        {t.eu.question}
      </h3>
      <p className="overview__figure">
        <span className="overview__label">{t.eu.figure}</span>{' '}
        <strong className="overview__value" data-testid="overview-eu-value">
          {formatEurBn(principal)}
        </strong>
      </p>
      <ul className="overview__plans">
        <li>{t.eu.planA}</li>
        <li>{t.eu.planB}</li>
      </ul>
      {decision && (
        <p className="overview__scope">
          {t.eu.decided(formatSourceDate(decision.date), decision.title)} {t.eu.planBOutcome}
        </p>
      )}
      <p className="overview__scope">{t.asOf(formatSourceDate(options.data.asOf))}</p>
      <p className="overview__links">
        <a href={href} onClick={(e) => goToView(e, 'financing', 'plan-comparison')}>
          {t.eu.link} →
        </a>
      </p>
    </article>
  );
}
