import { lazy, Suspense } from 'react';
import { headlineText, type Headline } from '@/features/pledges';
import { formatCount, formatEur, formatSourceDate } from '@/lib/format';
import { useIdle } from '@/lib/when-idle';
import { overviewText } from '../overview-text';
import { goToView } from './go-to-view';
import './overview.css';

/**
 * The gap and EU cards read financing.json and eu-options.json: their code loads on its own, once
 * the browser is idle after the first view (the donor chart) is drawn.
 */
const FinancingCards = lazy(() => import('./financing-cards'));

interface OverviewProps {
  headline: Headline;
  period: { from: string; to: string } | null;
  asOf: string;
  filtered: boolean;
  /** The current query string: links keep every filter and view parameter. */
  search: string;
}

/**
 * The first screen: the product's three questions (the pledges, the 2026–2027 gap, Plan A or
 * Plan B), each with its headline figure, what the figure counts, and a link into its view.
 * It only reads model outputs; the figures come from the same functions as the full views.
 */
export function Overview({ headline, period, asOf, filtered, search }: OverviewProps) {
  const t = overviewText();
  const here = search === '' ? '?' : search;
  const [top] = headline.byFamily;
  const idle = useIdle();
  const loading = (
    <>
      <p className="overview__card overview__card--loading">{t.gap.loading}</p>
      <p className="overview__card overview__card--loading">{t.eu.loading}</p>
    </>
  );
  return (
    <section className="overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading" className="visually-hidden">
        {t.heading}
      </h2>
      <article className="overview__card" aria-labelledby="overview-pledges">
        <h3 id="overview-pledges" className="overview__question">
          {t.pledges.question}
        </h3>
        <p className="overview__figure">
          <span className="overview__label">
            {t.pledges.figure(top ? headlineText().families[top.family] : '–')}
            {filtered ? t.pledges.filtered : ''}
          </span>{' '}
          <strong className="overview__value" data-testid="overview-pledges-value">
            {top ? formatEur(top.totalEur) : '–'}
          </strong>
        </p>
        <p className="overview__scope">
          {t.pledges.scope(
            formatCount(headline.pledgeCount),
            formatCount(headline.donorCount),
            period ? formatSourceDate(period.from) : t.pledges.noPeriod,
            period ? formatSourceDate(period.to) : t.pledges.noPeriod,
            headline.byFamily.length,
          )}{' '}
          {t.asOf(formatSourceDate(asOf))}
        </p>
        <p className="overview__links">
          <a
            href={`${here}#pledges-by-donor`}
            onClick={(e) => goToView(e, 'explorer', 'pledges-by-donor')}
          >
            {t.pledges.link} →
          </a>{' '}
          <a
            href={`${here}#purl-over-time`}
            onClick={(e) => goToView(e, 'explorer', 'purl-over-time')}
          >
            {t.pledges.link2} →
          </a>
        </p>
      </article>
      <Suspense fallback={loading}>{idle ? <FinancingCards search={search} /> : loading}</Suspense>
    </section>
  );
}
