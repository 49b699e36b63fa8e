import type { FilterState } from '@/lib/filter-state';
import type { KielParseIssue } from '../model/kiel-table';
import { wordKielMessage } from '../model/kiel-message';
import type { ExcludedDonor } from '../model/kiel-selectors';
import { kielText } from '../kiel-text';

interface KielNotesProps {
  file: string;
  filters: FilterState;
  /** Donor-months in the selection with a negative to_be_allocated. */
  negativeToBeAllocated: number;
  /** Rows of the file that were rejected. */
  problems: readonly KielParseIssue[];
  excluded?: readonly ExcludedDonor[];
}

/** "(row)" and "(file)" stand for the whole row or file; column names stay as in the file. */
function fieldName(field: string): string {
  const rows = kielText().rows;
  if (field === '(row)') return rows.wholeRow;
  if (field === '(file)') return rows.wholeFile;
  return field;
}

/** Caveats under a Kiel chart: the to_be_allocated quirk, excluded donors, unreadable rows. */
export function KielNotes({
  file,
  filters,
  negativeToBeAllocated,
  problems,
  excluded = [],
}: KielNotesProps) {
  const first = problems[0];
  const text = kielText();
  return (
    <>
      {negativeToBeAllocated > 0 && <p>{text.negative(negativeToBeAllocated)}</p>}
      {excluded.length > 0 && (
        <p>
          {text.excluded(
            excluded.length,
            excluded.map((donor) => `${donor.name} (${donor.reason})`).join('; '),
          )}
        </p>
      )}
      {filters.instruments.length > 0 && <p>{text.instrumentsIgnored}</p>}
      {first && (
        <p role="status">
          {text.problems(
            problems.length,
            file,
            first.line,
            fieldName(first.field),
            wordKielMessage(first.message),
          )}
        </p>
      )}
    </>
  );
}
