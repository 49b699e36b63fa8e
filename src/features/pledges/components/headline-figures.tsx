import { donorName } from '@/lib/donors';
import { formatCount, formatEur, formatMoney, formatSourceDate } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
import { headlineText } from '../headline-text';
import type { Headline, LatestPledge } from '../model/headline';

interface HeadlineFiguresProps {
  headline: Headline;
  asOf: string;
  filtered: boolean;
  /** Lines in the whole data set (the list's scope, whatever the filter). */
  datasetLines: number;
}

/** The latest pledge; a joint package the selection only took part in says so, with own shares. */
function latestNote({ pledge, joint }: LatestPledge): string {
  const h = headlineText();
  const amount = formatMoney(pledge.amount, pledge.currency);
  if (!joint) return `${amount} · ${pledge.label}`;
  const names = pledge.donors.map(donorName).join(', ');
  const own = [
    ...joint.ownShares.map((share) =>
      h.ownShare(donorName(share.donors[0] ?? ''), formatMoney(share.amount, share.currency)),
    ),
    ...joint.spanning.map((row) =>
      h.spanningShare(
        donorName(row.donors[0] ?? ''),
        formatMoney(row.amount, row.currency),
        row.label,
      ),
    ),
  ];
  return `${h.jointLatest(amount, names)} · ${own.length > 0 ? own.join('; ') : h.shareUnknown}`;
}

/** The figures a briefing starts with, for the current filter: like for like, with their scope. */
export function HeadlineFigures({ headline, asOf, filtered, datasetLines }: HeadlineFiguresProps) {
  const { latest } = headline;
  const text = messages().pledges;
  const h = headlineText();
  return (
    <section className="headline" aria-label={text.headline}>
      <dl className="headline__grid">
        <div className="headline__item headline__item--families" data-testid="headline-families">
          <dt>
            {h.byFamily}
            {filtered ? text.filtered : ''} <span className="headline__aside">({h.notAdded})</span>
          </dt>
          <dd>
            <ul className="headline__families">
              {headline.byFamily.map((entry) => (
                <li key={entry.family}>
                  <span className="headline__value">{formatEur(entry.totalEur)}</span>{' '}
                  <span className="headline__family">{h.families[entry.family]}</span>{' '}
                  <span className="headline__note">
                    {entry.from && entry.to
                      ? `${h.period(formatSourceDate(entry.from), formatSourceDate(entry.to))}, `
                      : ''}
                    {h.lines(entry.lineCount)}
                  </span>
                </li>
              ))}
              {headline.byFamily.length === 0 && <li>–</li>}
            </ul>
          </dd>
          <dd className="headline__note">
            {text.convertedNote}
            {headline.jointUnattributedEur > 0 &&
              text.jointNote(formatEur(headline.jointUnattributedEur))}
            .
          </dd>
          {headline.jointBeside.count > 0 && (
            <dd className="headline__note headline__beside" data-testid="headline-beside">
              {h.beside(headline.jointBeside.count, formatEur(headline.jointBeside.faceEur))}
            </dd>
          )}
          {headline.unconverted.count > 0 && (
            <dd className="headline__note headline__warning" role="note">
              {h.unconverted(
                headline.unconverted.count,
                headline.unconverted.currencies.join(', '),
              )}
            </dd>
          )}
          <dd className="headline__note">{h.scope(formatCount(datasetLines))}</dd>
        </div>
        <div className="headline__item">
          <dt>{text.donors}</dt>
          <dd className="headline__value">{formatCount(headline.donorCount)}</dd>
          <dd className="headline__note">{text.pledgeLines(formatCount(headline.pledgeCount))}</dd>
        </div>
        <div className="headline__item">
          <dt>{text.latest}</dt>
          <dd className="headline__value headline__value--text">
            {latest ? formatSourceDate(latest.pledge.announced ?? '') : '–'}
          </dd>
          <dd className="headline__note" data-testid="headline-latest">
            {latest ? latestNote(latest) : text.noPledgeInFilter}
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
