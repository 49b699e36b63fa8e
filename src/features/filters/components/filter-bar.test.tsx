import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  categoryValues,
  instrumentValues,
  type Category,
  type Instrument,
} from '@/features/pledges';
import { EMPTY_FILTERS, type FilterState } from '@/lib/filter-state';
import { FilterBar } from './filter-bar';

const instrumentLabels = Object.fromEntries(
  instrumentValues.map((value) => [value, `I:${value}`]),
) as Record<Instrument, string>;
const categoryLabels = Object.fromEntries(
  categoryValues.map((value) => [value, `C:${value}`]),
) as Record<Category, string>;

function setup(filters: FilterState) {
  const onChange = vi.fn<(next: FilterState) => void>();
  render(
    <FilterBar
      filters={filters}
      onChange={onChange}
      purlContributors={['NLD']}
      instrumentLabels={instrumentLabels}
      categoryLabels={categoryLabels}
      monthBounds={{ min: '2022-01', max: '2026-12' }}
    />,
  );
  return { onChange, user: userEvent.setup() };
}

describe('FilterBar', () => {
  it('shows every control with the labels it is given', () => {
    setup(EMPTY_FILTERS);
    expect(screen.getByRole('region', { name: 'Filters' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Donor countries' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Instrument' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Category' })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(
      instrumentValues.length + categoryValues.length,
    );
    expect(screen.getByRole('checkbox', { name: 'I:eu-loan' })).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveAttribute('max', '2026-12');
    expect(screen.getByRole('button', { name: 'Reset all filters' })).toBeDisabled();
  });

  it('passes the whole filter state up on each change', async () => {
    const filters: FilterState = { ...EMPTY_FILTERS, donors: ['POL'], from: '2025-01' };
    const { onChange, user } = setup(filters);
    await user.click(screen.getByRole('checkbox', { name: 'C:military' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...filters, categories: ['military'] });
    await user.click(screen.getByRole('button', { name: 'Remove Poland' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...filters, donors: [] });
    await user.click(screen.getByRole('button', { name: 'Reset all filters' }));
    expect(onChange).toHaveBeenLastCalledWith(EMPTY_FILTERS);
  });

  it.each(['Reset all filters', 'Clear all'])(
    'after "%s" focus goes to the donor search, not the page body',
    async (name) => {
      const { user } = setup({ ...EMPTY_FILTERS, donors: ['POL'], categories: ['military'] });
      await user.click(screen.getByRole('button', { name }));
      expect(screen.getByRole('combobox', { name: 'Donor countries' })).toHaveFocus();
    },
  );
});
