import type { IgnoredParam } from '@/lib/filter-state';
import { describeIgnored } from '../model/ignored-text';
import './filters.css';
import { messages } from '@/lib/i18n/messages';

export interface IgnoredNoticeProps {
  ignored: readonly IgnoredParam[];
  onDismiss: () => void;
}

/** Tells the user which link parameters were dropped. The values are shown as text only. */
export function IgnoredNotice({ ignored, onDismiss }: IgnoredNoticeProps) {
  if (ignored.length === 0) return null;
  return (
    <div role="status" className="ignored-notice">
      <p className="ignored-notice__text">{describeIgnored(ignored)}</p>
      <button type="button" className="filters-button" onClick={onDismiss}>
        {messages().filters.dismiss}
      </button>
    </div>
  );
}
