import type { CountedPledge } from '../model/attribution';
import { formatEurMillions } from '@/lib/format';

/** One sentence on how a row is counted, for the pledge table. */
export function countingExplanation(row: CountedPledge): string | null {
  const { pledge, note } = row;
  const parts: string[] = [];
  if (pledge.shareOf) parts.push(`Share of joint package ${pledge.shareOf}.`);
  if (pledge.spans?.length)
    parts.push(
      `Spans joint package ${pledge.spans.join(', ')} and others; share per package not stated.`,
    );
  if (pledge.includedIn) parts.push(`Included in ${pledge.includedIn}.`);
  switch (note?.kind) {
    case 'not-adopted':
      parts.push('Proposal not adopted: not counted.');
      break;
    case 'joint-remainder':
      parts.push(
        `Joint package total: its known shares (EUR ${formatEurMillions(note.attributedEur)}m) are counted under each country${
          note.coveredBySpanningEur > 0
            ? `, country totals spanning it cover EUR ${formatEurMillions(note.coveredBySpanningEur)}m`
            : ''
        }; only the rest counts here, as “joint, not attributed”.`,
      );
      break;
    case 'contains':
      parts.push(
        `Contains ${note.containedIds.join(', ')} (EUR ${formatEurMillions(note.containedEur)}m), counted there.`,
      );
      break;
    case 'no-rate':
      parts.push('No reference rate for this currency: not converted, not counted.');
      break;
    default:
      break;
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
