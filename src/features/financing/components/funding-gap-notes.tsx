import { formatSourceDate } from '@/lib/format';
import { PageText } from '@/components/data-text';
import { financingText } from '../financing-text';
import type { FinancingData, NeedEstimate } from '../api/financing-schema';
import { formatEurBn, formatOriginal } from '../model/format-bn';
import type { FundingGapModel } from '../model/funding-gap';
import { firmGap } from '../model/gap-readings';
import type { HighlightShare } from '../model/highlight';
import { SourceList } from './source-list';

interface NotesProps {
  data: FinancingData;
  estimate: NeedEstimate;
  model: FundingGapModel;
  rateNote: string;
  share: HighlightShare | null;
}

/** What the estimate is, its conflicts (both values, both sources), conversion and caveats. */
export function FundingGapNotes({ data, estimate, model, rateNote, share }: NotesProps) {
  const { readings } = model;
  const t = financingText();
  const QUALIFIER_WORD: Record<NeedEstimate['qualifier'], string> = { exact: '', ...t.qualifiers };
  const imf = data.coverage.find((item) => item.id.startsWith('imf'));
  return (
    <>
      <p>
        <strong>{t.theEstimate}</strong> {QUALIFIER_WORD[estimate.qualifier]}
        {formatOriginal(estimate.amount, estimate.currency)}
        {t.estimateFor(estimate.period, estimate.statedBy)}
        {estimate.basis}
        {estimate.breakdown &&
          t.parts(
            estimate.breakdown
              .map((p) => `${p.label} ${formatOriginal(p.amount, estimate.currency)}`)
              .join(' + '),
          )}{' '}
        {t.source} <SourceList sources={estimate.sources} />.
      </p>
      {estimate.conflicts?.map((conflict, i) => (
        <p key={i} className="financing-conflict">
          <strong>{t.sourcesDisagree}</strong>{' '}
          {conflict.field === 'amount'
            ? t.theTotal
            : t.thePart(
                // The part's label in the data (in the page's language), not its key.
                estimate.breakdown?.find((p) => `breakdown.${p.component}` === conflict.field)
                  ?.label ??
                  conflict.field.split('.')[1] ??
                  '',
              )}{' '}
          {t.givenHereAs}{' '}
          {formatOriginal(
            conflict.field === 'amount'
              ? estimate.amount
              : (estimate.breakdown?.find((p) => `breakdown.${p.component}` === conflict.field)
                  ?.amount ?? 0),
            estimate.currency,
          )}{' '}
          {t.andAsBy(formatOriginal(conflict.amount, conflict.currency))}{' '}
          <SourceList sources={conflict.sources} />. <PageText text={conflict.statement} />
        </p>
      ))}
      {estimate.netOf && (
        <p>
          <strong>{t.whatItCounts}</strong> <PageText text={estimate.netOf.statement} /> {t.source}{' '}
          <SourceList sources={estimate.netOf.sources} />.
        </p>
      )}
      {model.framing && (
        <p>
          <PageText text={model.framing.statement} />
        </p>
      )}
      <p>
        {t.negativeGap(
          readings.needEur === null ? t.unknown : formatEurBn(firmGap(readings[readings.primary])),
        )}
      </p>
      {imf && (
        <p>
          <PageText text={imf.note} />
        </p>
      )}
      {readings.unconverted.length > 0 && (
        <p>
          {t.unconverted(
            readings.unconverted
              .map((line) => `${line.label} (${formatOriginal(line.amount, line.currency)})`)
              .join(', '),
          )}
        </p>
      )}
      {share && (
        <p className="financing-highlight-note">
          <strong>{t.yourSelection}</strong>
          {t.contributes(
            formatEurBn(share.eur),
            formatEurBn(share.netEur),
            formatSourceDate(readings.netBefore),
          )}
          {share.items.length > 0 ? `: ${share.items.join('; ')}` : t.noneShown}. {t.markedInTable}
        </p>
      )}
      <p>{rateNote}</p>
      <details className="financing-details">
        <summary>{t.notCounted(data.notCounted.length)}</summary>
        <ul>
          {data.notCounted.map((item) => (
            <li key={item.id}>
              {item.label}, {formatOriginal(item.amount, item.currency)}: {item.reason} {t.source}{' '}
              <SourceList sources={item.sources} />.
            </li>
          ))}
        </ul>
      </details>
      <details className="financing-details">
        <summary>{t.otherNeeds(data.needs.context.length)}</summary>
        <ul>
          {data.needs.context.map((entry) => (
            <li key={entry.id}>
              {entry.label}: {QUALIFIER_WORD[entry.qualifier]}
              {formatOriginal(entry.amount, entry.currency, entry.amountHigh)}, {entry.period}.{' '}
              {entry.scope} {t.source} <SourceList sources={entry.sources} />.
            </li>
          ))}
        </ul>
      </details>
      <p className="muted small">
        {t.compiled(formatSourceDate(data.asOf))} {data.compiledFrom}
      </p>
    </>
  );
}
