import { formatSourceDate } from '@/lib/format';
import { gapText } from '../gap-text';
import type { FundingGapModel } from '../model/funding-gap';
import { SourceList } from './source-list';

/**
 * What a briefer reads aloud: the EU's own arithmetic (when the data gives it), the gap after
 * each step of certainty, and the counting rule, never a bare "remaining gap".
 */
export function FundingGapHeadline({ model }: { model: FundingGapModel }) {
  const { summary, framing, readings } = model;
  const t = gapText();
  return (
    <div className="funding-gap__headline" data-testid="funding-gap-sum">
      {summary.framing && framing && (
        <p className="funding-gap__framing">
          <strong>{summary.framing}</strong>{' '}
          <span className="funding-gap__sources">
            (<SourceList sources={framing.sources} />)
          </span>
        </p>
      )}
      {summary.partners && <p>{summary.partners}</p>}
      <p>
        <strong>
          {readings.primary === 'net'
            ? t.readingLong.net(formatSourceDate(readings.netBefore))
            : t.readingLong.gross}
          .
        </strong>{' '}
        {summary.steps}
      </p>
      <p className="funding-gap__rule" data-testid="funding-gap-rule">
        {summary.rule}
      </p>
    </div>
  );
}
