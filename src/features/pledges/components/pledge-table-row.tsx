import { memo } from 'react';
import { DataText } from '@/components/data-text';
import { SourceLink } from '@/components/source-link';
import { donorName } from '@/lib/donors';
import { formatEurMillions, formatMoney, formatSourceDate } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
import type { Pledge } from '../api/pledge-schema';
import { instrumentLabels, statusLabels } from '../model/labels';
import { pledgeLabel } from '../model/pledge-label';
import { pledgeDescription, pledgeStatusNote } from '../model/pledge-text';
import { tableText } from '../table-text';

interface PledgeTableRowProps {
  pledge: Pledge;
  /** Face value in EUR at the reference rate (null without a rate). */
  eur: number | null;
  /** What the row adds to the filter's totals, in EUR. */
  countedEur: number;
  /** How the row is counted under the filter (a joint package's shares), or null. */
  explanation: string | null;
}

/**
 * One line of the pledge table. Memoised on what it shows: a filter change that keeps a line on
 * the page, counted the same, does not render it again (its text follows the language: a language
 * switch renders the page anew).
 */
export const PledgeTableRow = memo(function PledgeTableRow({
  pledge,
  eur,
  countedEur,
  explanation,
}: PledgeTableRowProps) {
  const text = tableText();
  const qualifiers = messages().labels.qualifiers;
  const statusNote = pledgeStatusNote(pledge);
  return (
    <tr id={`pledge-${pledge.id}`}>
      <th scope="row">
        <span className="pledge-table__donor">{pledge.donors.map(donorName).join(' + ')}</span>
        <span className="muted small">
          {pledge.id} · {pledgeLabel(pledge)}
        </span>
        <details className="pledge-table__details small">
          <summary>{text.details}</summary>
          <DataText shown={pledgeDescription(pledge)} />
        </details>
      </th>
      <td>{instrumentLabels()[pledge.instrument]}</td>
      <td className="num">
        {pledge.qualifier !== 'exact' && (
          <span className="muted small">{qualifiers[pledge.qualifier]} </span>
        )}
        {formatMoney(pledge.amount, pledge.currency)}
        {pledge.conflicts?.map((conflict) => (
          <span key={conflict.source.url + conflict.amount} className="conflict small">
            {text.disagree(formatMoney(conflict.amount, conflict.currency))}
            <SourceLink source={conflict.source} />
          </span>
        ))}
      </td>
      <td className="num">{eur === null ? '–' : formatEurMillions(eur)}</td>
      <td className="num">
        {formatEurMillions(countedEur)}
        {explanation && <span className="muted small block">{explanation}</span>}
      </td>
      <td>{pledge.announced ? formatSourceDate(pledge.announced) : text.noDate}</td>
      <td>
        {statusLabels()[pledge.status]}
        {statusNote !== null && <DataText shown={statusNote} className="muted small block" />}
      </td>
      <td className="pledge-table__sources">
        {pledge.sources.map((source) => (
          <SourceLink key={source.url} source={source} />
        ))}
      </td>
    </tr>
  );
});
