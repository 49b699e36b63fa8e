import { pledgeLabel } from '../model/pledge-label';
import { formatCount, formatEur, formatMoney, formatSourceDate } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
import type { Headline } from '../model/headline';

interface HeadlineFiguresProps {
  headline: Headline;
  asOf: string;
  filtered: boolean;
}

/** The four figures a briefing starts with, for the current filter. */
export function HeadlineFigures({ headline, asOf, filtered }: HeadlineFiguresProps) {
  const { latest } = headline;
  const text = messages().pledges;
  return (
    <section className="headline" aria-label={text.headline}>
      <dl className="headline__grid">
        <div className="headline__item">
          <dt>
            {text.totalPledged}
            {filtered ? text.filtered : ''}
          </dt>
          <dd className="headline__value">{formatEur(headline.totalEur)}</dd>
          <dd className="headline__note">
            {text.convertedNote}
            {headline.jointUnattributedEur > 0 &&
              text.jointNote(formatEur(headline.jointUnattributedEur))}
          </dd>
        </div>
        <div className="headline__item">
          <dt>{text.donors}</dt>
          <dd className="headline__value">{formatCount(headline.donorCount)}</dd>
          <dd className="headline__note">{text.pledgeLines(formatCount(headline.pledgeCount))}</dd>
        </div>
        <div className="headline__item">
          <dt>{text.latest}</dt>
          <dd className="headline__value headline__value--text">
            {latest ? formatSourceDate(latest.announced ?? '') : '–'}
          </dd>
          <dd className="headline__note">
            {latest
              ? `${formatMoney(latest.amount, latest.currency)} · ${pledgeLabel(latest)}`
              : text.noPledgeInFilter}
          </dd>
        </div>
        <div className="headline__item">
          <dt>{text.dataAsOf}</dt>
          <dd className="headline__value headline__value--text">{formatSourceDate(asOf)}</dd>
          <dd className="headline__note">{text.latestInData}</dd>
        </div>
      </dl>
    </section>
  );
}
