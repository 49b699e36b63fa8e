import { useId, useState, type ReactNode } from 'react';
import type { FilterState } from '@/lib/filter-state';
import { formatCount } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';

export function countActive(filters: FilterState): number {
  return (
    filters.donors.length +
    filters.instruments.length +
    filters.categories.length +
    (filters.from ? 1 : 0) +
    (filters.to ? 1 : 0)
  );
}

/**
 * A sidebar beside the charts on wide screens; on narrow screens a "Filters" button opens it,
 * so that the charts come first on a phone.
 */
export function FiltersPanel({
  activeCount,
  children,
}: {
  activeCount: number;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const text = messages().filters;
  return (
    <aside className="filters-panel" aria-label={text.panel}>
      <button
        type="button"
        className="button filters-panel__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? text.hide : text.open}
        {activeCount > 0 ? text.active(formatCount(activeCount)) : ''}
      </button>
      <div id={panelId} className={`filters-panel__body${open ? ' is-open' : ''}`}>
        {children}
      </div>
    </aside>
  );
}
