import type { CountedPledge } from '../model/attribution';
import { donorName } from '@/lib/donors';
import { formatEur } from '@/lib/format';
import { tableText } from '../table-text';

/** One sentence on how a row is counted, for the pledge table. */
export function countingExplanation(row: CountedPledge): string | null {
  const { pledge, note } = row;
  const text = tableText();
  const parts: string[] = [];
  if (pledge.shareOf) parts.push(text.shareOf(pledge.shareOf));
  if (pledge.spans?.length) parts.push(text.spans(pledge.spans.join(', ')));
  if (pledge.includedIn) parts.push(text.includedIn(pledge.includedIn));
  switch (note?.kind) {
    case 'not-adopted':
      parts.push(text.notAdopted);
      break;
    case 'joint-remainder': {
      const shares = note.attributedEur + note.coveredBySpanningEur;
      parts.push(
        text.jointRemainder(
          formatEur(note.attributedEur),
          note.coveredBySpanningEur > 0 ? formatEur(note.coveredBySpanningEur) : null,
        ) +
          (row.eur !== null && shares > row.eur
            ? text.sharesExceed(formatEur(shares), formatEur(row.eur))
            : ''),
      );
      break;
    }
    case 'contains':
      parts.push(text.contains(note.containedIds.join(', '), formatEur(note.containedEur)));
      break;
    case 'no-rate':
      parts.push(text.noRate);
      break;
    case 'joint-beside':
      parts.push(text.jointBeside(note.selected.map(donorName).join(', ')));
      break;
    default:
      break;
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
