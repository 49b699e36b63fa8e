import { useEffect, useRef } from 'react';
import { donorName } from '@/lib/donors';
import { messages } from '@/lib/i18n/messages';

export interface DonorChipsProps {
  selected: readonly string[];
  onChange: (codes: string[]) => void;
  /** Where focus goes when the last chip is removed. */
  onEmpty: () => void;
}

/** The selected donors as removable chips; keeps focus on a neighbour after a removal. */
export function DonorChips({ selected, onChange, onEmpty }: DonorChipsProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const focusIndex = useRef<number | null>(null);

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null) return;
    focusIndex.current = null;
    const buttons = listRef.current?.querySelectorAll('button');
    const target = buttons?.[Math.min(index, buttons.length - 1)];
    if (target) target.focus();
    else onEmpty();
  }, [selected, onEmpty]);

  if (selected.length === 0) {
    return <p className="donor-chips__none">{messages().filters.noneSelected}</p>;
  }
  return (
    <ul ref={listRef} className="donor-chips" aria-label={messages().filters.selectedDonors}>
      {selected.map((code, index) => {
        const name = donorName(code);
        return (
          <li key={code}>
            <button
              type="button"
              className="donor-chip"
              aria-label={messages().filters.remove(name)}
              onClick={() => {
                focusIndex.current = index;
                onChange(selected.filter((other) => other !== code));
              }}
            >
              <span>{name}</span>
              <span aria-hidden="true" className="donor-chip__x">
                ×
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
