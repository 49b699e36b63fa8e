import { formatCompact, formatCount, formatMoney, formatSourceDate } from '@/lib/format';
import type { Headline } from '../model/headline';

interface HeadlineFiguresProps {
  headline: Headline;
  asOf: string;
  filtered: boolean;
}

/** The four figures a briefing starts with, for the current filter. */
export function HeadlineFigures({ headline, asOf, filtered }: HeadlineFiguresProps) {
  const { latest } = headline;
  return (
    <section className="headline" aria-label="Headline figures">
      <dl className="headline__grid">
        <div className="headline__item">
          <dt>Total pledged{filtered ? ' (filtered)' : ''}</dt>
          <dd className="headline__value">EUR {formatCompact(headline.totalEur)}</dd>
          <dd className="headline__note">
            converted at approximate reference rates
            {headline.jointUnattributedEur > 0 &&
              `; incl. EUR ${formatCompact(headline.jointUnattributedEur)} in joint packages not attributed to one donor`}
          </dd>
        </div>
        <div className="headline__item">
          <dt>Donors</dt>
          <dd className="headline__value">{formatCount(headline.donorCount)}</dd>
          <dd className="headline__note">{formatCount(headline.pledgeCount)} pledge lines</dd>
        </div>
        <div className="headline__item">
          <dt>Latest pledge</dt>
          <dd className="headline__value headline__value--text">
            {latest ? formatSourceDate(latest.announced ?? '') : '–'}
          </dd>
          <dd className="headline__note">
            {latest
              ? `${formatMoney(latest.amount, latest.currency)} · ${latest.label}`
              : 'No pledge in this filter'}
          </dd>
        </div>
        <div className="headline__item">
          <dt>Data as of</dt>
          <dd className="headline__value headline__value--text">{formatSourceDate(asOf)}</dd>
          <dd className="headline__note">latest announcement in the data</dd>
        </div>
      </dl>
    </section>
  );
}
