import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CheckboxGroup } from './checkbox-group';

const options = ['military', 'financial', 'humanitarian'] as const;
type Option = (typeof options)[number];
const labels: Record<Option, string> = {
  military: 'Military',
  financial: 'Financial',
  humanitarian: 'Humanitarian',
};

function setup(selected: Option[]) {
  const onChange = vi.fn<(next: Option[]) => void>();
  render(
    <CheckboxGroup
      legend="Category"
      options={options}
      labels={labels}
      selected={selected}
      onChange={onChange}
    />,
  );
  return { onChange, user: userEvent.setup() };
}

describe('CheckboxGroup', () => {
  it('is a labelled group of checkboxes with "All" pressed when nothing is chosen', () => {
    setup([]);
    const group = screen.getByRole('group', { name: 'Category' });
    expect(group.tagName).toBe('FIELDSET');
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getByRole('checkbox', { name: 'Military' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'true');
  });

  it.each<[Option[], string, Option[]]>([
    [[], 'Financial', ['financial']],
    [['humanitarian'], 'Military', ['military', 'humanitarian']],
    [['military', 'humanitarian'], 'Military', ['humanitarian']],
    [['financial'], 'Financial', []],
  ])('with %j, toggling %s gives %j (in option order)', async (selected, label, expected) => {
    const { onChange, user } = setup(selected);
    await user.click(screen.getByRole('checkbox', { name: label }));
    expect(onChange).toHaveBeenCalledWith(expected);
  });

  it('"All" resets the group', async () => {
    const { onChange, user } = setup(['military']);
    expect(screen.getByRole('checkbox', { name: 'Military' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'All' }));
    expect(onChange).toHaveBeenCalledWith([]);
  });
});
