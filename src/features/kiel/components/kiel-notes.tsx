import type { FilterState } from '@/features/filters/model/filter-state';
import type { KielParseIssue } from '../model/kiel-table';
import type { ExcludedDonor } from '../model/kiel-selectors';

interface KielNotesProps {
  file: string;
  filters: FilterState;
  /** Donor-months in the selection with a negative to_be_allocated. */
  negativeToBeAllocated: number;
  /** Rows of the file that were rejected. */
  problems: readonly KielParseIssue[];
  excluded?: readonly ExcludedDonor[];
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
  return (
    <>
      {negativeToBeAllocated > 0 && (
        <p>
          {negativeToBeAllocated} donor-month{negativeToBeAllocated === 1 ? '' : 's'} in this
          selection report a negative “to be allocated” (a net figure: aid allocated later than it
          was committed). Kept as published; never subtracted from the allocations shown.
        </p>
      )}
      {excluded.length > 0 && (
        <p>
          Not shown as % of GDP ({excluded.length} donor{excluded.length === 1 ? '' : 's'}):{' '}
          {excluded.map((donor) => `${donor.name} (${donor.reason})`).join('; ')}.
        </p>
      )}
      {filters.instruments.length > 0 && (
        <p>Instrument filters apply to pledges only, not to the Kiel tracker.</p>
      )}
      {first && (
        <p role="status">
          {problems.length} row{problems.length === 1 ? '' : 's'} of {file} could not be read and{' '}
          {problems.length === 1 ? 'is' : 'are'} left out (first: line {first.line}, {first.field}:{' '}
          {first.message}).
        </p>
      )}
    </>
  );
}
