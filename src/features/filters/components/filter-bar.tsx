import {
  categoryValues,
  instrumentValues,
  type Category,
  type Instrument,
} from '@/features/pledges';
import { EMPTY_FILTERS, type FilterState } from '@/lib/filter-state';
import { CheckboxGroup } from './checkbox-group';
import { DateRange } from './date-range';
import { DonorPicker } from './donor-picker';
import { focusDonorSearch } from './focus-donor-search';
import './filters.css';
import { messages } from '@/lib/i18n/messages';

export interface FilterBarProps {
  filters: FilterState;
  onChange: (next: FilterState) => void;
  purlContributors: readonly string[];
  instrumentLabels: Record<Instrument, string>;
  categoryLabels: Record<Category, string>;
  /** First and last month that can be chosen, YYYY-MM. */
  monthBounds: { min: string; max: string };
  /** Donor codes present in the data (others can still be picked). */
  available?: readonly string[];
}

function isEmpty(filters: FilterState): boolean {
  return (
    filters.donors.length === 0 &&
    filters.instruments.length === 0 &&
    filters.categories.length === 0 &&
    filters.from === null &&
    filters.to === null
  );
}

/** The dashboard's filter controls. Every change is passed up whole; the URL holds the state. */
export function FilterBar({
  filters,
  onChange,
  purlContributors,
  instrumentLabels,
  categoryLabels,
  monthBounds,
  available,
}: FilterBarProps) {
  const text = messages().filters;
  return (
    <section className="filter-bar" aria-label={text.panel}>
      <div className="filter-bar__donors">
        <DonorPicker
          selected={filters.donors}
          onChange={(donors) => onChange({ ...filters, donors })}
          purlContributors={purlContributors}
          available={available}
        />
      </div>
      <div className="filter-bar__groups">
        <CheckboxGroup
          legend={text.instrument}
          options={instrumentValues}
          labels={instrumentLabels}
          selected={filters.instruments}
          onChange={(instruments) => onChange({ ...filters, instruments })}
        />
        <CheckboxGroup
          legend={text.category}
          options={categoryValues}
          labels={categoryLabels}
          selected={filters.categories}
          onChange={(categories) => onChange({ ...filters, categories })}
        />
        <DateRange
          from={filters.from}
          to={filters.to}
          min={monthBounds.min}
          max={monthBounds.max}
          onChange={(from, to) => onChange({ ...filters, from, to })}
        />
      </div>
      <div className="filter-bar__actions">
        <button
          type="button"
          className="filters-button filters-button--quiet"
          disabled={isEmpty(filters)}
          onClick={(event) => {
            focusDonorSearch(event.currentTarget);
            onChange(EMPTY_FILTERS);
          }}
        >
          {text.reset}
        </button>
      </div>
    </section>
  );
}
