import { memo } from 'react';
import { describeRejectedRows } from '../model/describe-rejected-rows';
import type { RejectedPledgeRow } from '../model/rejected-row';
import './rejected-rows-notice.css';

interface RejectedRowsNoticeProps {
  rejected: readonly RejectedPledgeRow[];
  fileName: string;
}

/** Names the rows of the data file that were left out, and why (plain text; nothing if none). */
export const RejectedRowsNotice = memo(function RejectedRowsNotice({
  rejected,
  fileName,
}: RejectedRowsNoticeProps) {
  const text = describeRejectedRows(rejected, fileName);
  if (text === null) return null;
  return (
    <p className="rejected-rows-notice" role="status">
      {text}
    </p>
  );
});
