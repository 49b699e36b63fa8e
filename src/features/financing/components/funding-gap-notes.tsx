import { formatSourceDate } from '@/lib/format';
import type { FinancingData, NeedEstimate } from '../api/financing-schema';
import { formatEurBn, formatOriginal } from '../model/format-bn';
import type { FundingGap } from '../model/funding-gap';
import type { HighlightShare } from '../model/highlight';
import { SourceList } from './source-list';

const QUALIFIER_WORD: Record<NeedEstimate['qualifier'], string> = {
  exact: '',
  about: 'about ',
  over: 'more than ',
  'at-least': 'at least ',
};

interface NotesProps {
  data: FinancingData;
  estimate: NeedEstimate;
  gap: FundingGap;
  rateNote: string;
  share: HighlightShare | null;
}

/** What the estimate is, its conflicts (both values, both sources), conversion and caveats. */
export function FundingGapNotes({ data, estimate, gap, rateNote, share }: NotesProps) {
  const imf = data.coverage.find((item) => item.id.startsWith('imf'));
  return (
    <>
      <p>
        <strong>The estimate:</strong> {QUALIFIER_WORD[estimate.qualifier]}
        {formatOriginal(estimate.amount, estimate.currency)} for {estimate.period}, stated by{' '}
        {estimate.statedBy}. {estimate.basis}
        {estimate.breakdown &&
          ` Parts: ${estimate.breakdown.map((p) => `${p.label} ${formatOriginal(p.amount, estimate.currency)}`).join(' + ')}.`}{' '}
        Source: <SourceList sources={estimate.sources} />.
      </p>
      {estimate.conflicts?.map((conflict, i) => (
        <p key={i} className="financing-conflict">
          <strong>Sources disagree:</strong>{' '}
          {conflict.field === 'amount' ? 'the total' : `the ${conflict.field.split('.')[1]} part`}{' '}
          is given here as{' '}
          {formatOriginal(
            conflict.field === 'amount'
              ? estimate.amount
              : (estimate.breakdown?.find((p) => `breakdown.${p.component}` === conflict.field)
                  ?.amount ?? 0),
            estimate.currency,
          )}{' '}
          (sources above), and as {formatOriginal(conflict.amount, conflict.currency)} by{' '}
          <SourceList sources={conflict.sources} />. {conflict.statement}
        </p>
      ))}
      {gap.needIsLowerBound && (
        <p>
          This estimate is a lower bound (“more than”), so the gap is one too: the real gap is
          larger than shown.
        </p>
      )}
      <p>
        A negative gap means the coverage shown exceeds the need. “Decided” = adopted or budgeted,
        not yet paid; “pledged” = announced or planned by a government; “proposed” = not yet
        decided. If only disbursed and decided money counts, the gap is{' '}
        {gap.firmGapEur === null ? 'unknown' : formatEurBn(gap.firmGapEur)}.
      </p>
      {imf && <p>{imf.note}</p>}
      {gap.unconverted.length > 0 && (
        <p>
          Not counted for want of an exchange rate:{' '}
          {gap.unconverted
            .map((line) => `${line.label} (${formatOriginal(line.amount, line.currency)})`)
            .join(', ')}
          .
        </p>
      )}
      {share && (
        <p className="financing-highlight-note">
          <strong>Your donor selection</strong> contributes {formatEurBn(share.eur)} of the coverage
          {share.items.length > 0 ? `: ${share.items.join('; ')}` : ' (none of the lines shown)'}.
          Marked ★ in the data table.
        </p>
      )}
      <p>{rateNote}</p>
      <details className="financing-details">
        <summary>Not counted ({data.notCounted.length})</summary>
        <ul>
          {data.notCounted.map((item) => (
            <li key={item.id}>
              {item.label}, {formatOriginal(item.amount, item.currency)}: {item.reason} Source:{' '}
              <SourceList sources={item.sources} />.
            </li>
          ))}
        </ul>
      </details>
      <details className="financing-details">
        <summary>Other need figures: other periods or scope ({data.needs.context.length})</summary>
        <ul>
          {data.needs.context.map((entry) => (
            <li key={entry.id}>
              {entry.label}: {QUALIFIER_WORD[entry.qualifier]}
              {formatOriginal(entry.amount, entry.currency)}
              {entry.amountHigh !== undefined &&
                `–${formatOriginal(entry.amountHigh, entry.currency).replace(/^\w+ /, '')}`}
              , {entry.period}. {entry.scope} Source: <SourceList sources={entry.sources} />.
            </li>
          ))}
        </ul>
      </details>
      <p className="muted small">
        Data compiled {formatSourceDate(data.asOf)}: {data.compiledFrom}
      </p>
    </>
  );
}
