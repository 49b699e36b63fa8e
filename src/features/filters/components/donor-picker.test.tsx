import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { EU27_CODES } from '@/lib/donors';
import { DonorPicker } from './donor-picker';

function Harness({
  initial = [],
  purl = ['NLD', 'DNK', 'NOR'],
  onChange,
}: {
  initial?: string[];
  purl?: string[];
  onChange: (codes: string[]) => void;
}) {
  const [selected, setSelected] = useState(initial);
  return (
    <DonorPicker
      selected={selected}
      purlContributors={purl}
      onChange={(codes) => {
        onChange(codes);
        setSelected(codes);
      }}
    />
  );
}

function setup(props: { initial?: string[]; purl?: string[] } = {}) {
  const onChange = vi.fn<(codes: string[]) => void>();
  const user = userEvent.setup();
  render(<Harness {...props} onChange={onChange} />);
  const combobox = screen.getByRole('combobox', { name: 'Donor countries' });
  return { user, onChange, combobox };
}

function activeOption(combobox: HTMLElement): HTMLElement | null {
  const id = combobox.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
}

describe('DonorPicker', () => {
  it('finds a donor by its German name and picks it with Enter', async () => {
    const { user, onChange, combobox } = setup();
    await user.type(combobox, 'Polen');
    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    expect(activeOption(combobox)).toHaveTextContent('Poland (POL)');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['POL']);
    expect(combobox).toHaveValue('');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'Remove Poland' })).toBeInTheDocument();
  });

  it('wires the combobox to its listbox', async () => {
    const { user, combobox } = setup();
    const listbox = screen.getByRole('listbox', { hidden: true });
    expect(combobox).toHaveAttribute('aria-controls', listbox.id);
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(combobox).not.toHaveAttribute('aria-activedescendant');
    await user.type(combobox, 'pol');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options[0]).toHaveTextContent('Poland (POL)');
    expect(options[0]).toHaveTextContent('Polen');
    expect(combobox).toHaveAttribute('aria-activedescendant', options[0]?.id);
  });

  it('puts the presets, named by a visible label, above the field, and the chips below it', async () => {
    const { user, combobox } = setup();
    const group = screen.getByRole('group', { name: 'Donor presets' });
    const label = document.getElementById(group.getAttribute('aria-labelledby') ?? '');
    expect(label).toBeVisible();
    expect(label).toHaveTextContent('Donor presets');
    await user.click(within(group).getByRole('button', { name: 'EU-27' }));
    const chips = screen.getByRole('list', { name: 'Selected donors' });
    // Choosing a preset adds chips below the field: the presets above do not move.
    expect(group.compareDocumentPosition(combobox) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(combobox.compareDocumentPosition(chips) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(chips).getAllByRole('button')).toHaveLength(EU27_CODES.length);
  });

  it('works with the keyboard only', async () => {
    const { user, onChange, combobox } = setup();
    // The presets come first (All, EU-27, Nordic-Baltic 8, G7, PURL contributors; "Clear all" is
    // disabled with nothing chosen), then the field.
    const presets = within(screen.getByRole('group', { name: 'Donor presets' }));
    await user.tab();
    expect(presets.getByRole('button', { name: 'All' })).toHaveFocus();
    for (let i = 0; i < 4; i += 1) await user.tab();
    expect(presets.getByRole('button', { name: 'PURL contributors' })).toHaveFocus();
    await user.tab();
    expect(combobox).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    expect(activeOption(combobox)).toHaveTextContent('Australia (AUS)');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(activeOption(combobox)).toHaveTextContent('Austria (AUT)');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['AUT']);
    await user.type(combobox, 'nor');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['AUT', 'NOR']);
    // Tab to the first chip and remove it: focus moves to the next chip.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Remove Austria' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['NOR']);
    expect(screen.getByRole('button', { name: 'Remove Norway' })).toHaveFocus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(combobox).toHaveFocus();
  });

  it('wraps around with the arrow keys and closes with Escape', async () => {
    const { user, combobox } = setup();
    await user.click(combobox);
    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowUp}');
    expect(activeOption(combobox)).toHaveTextContent('United States (USA)');
    await user.keyboard('{ArrowDown}');
    expect(activeOption(combobox)).toHaveTextContent('Australia (AUS)');
    await user.keyboard('{Escape}');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    await user.type(combobox, 'xyz');
    expect(screen.getByText('No donor matches “xyz”.')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(combobox).toHaveValue('');
  });

  it('picks and unpicks with the mouse', async () => {
    const { user, onChange, combobox } = setup({ initial: ['POL'] });
    await user.type(combobox, 'deutsch');
    await user.click(screen.getByRole('option', { name: /Germany \(DEU\)/ }));
    expect(onChange).toHaveBeenLastCalledWith(['POL', 'DEU']);
    expect(combobox).toHaveFocus();
    expect(screen.getByRole('option', { name: /Germany/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.click(screen.getByRole('option', { name: /Germany/ }));
    expect(onChange).toHaveBeenLastCalledWith(['POL']);
  });

  it('removes a donor with its chip button', async () => {
    const { user, onChange } = setup({ initial: ['POL', 'NOR'] });
    await user.click(screen.getByRole('button', { name: 'Remove Poland' }));
    expect(onChange).toHaveBeenLastCalledWith(['NOR']);
    expect(screen.queryByRole('button', { name: 'Remove Poland' })).not.toBeInTheDocument();
  });

  it('selects the 27 EU members with the EU-27 preset and shows it as pressed', async () => {
    const { user, onChange } = setup();
    expect(screen.getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'EU-27' }));
    const codes = onChange.mock.lastCall?.[0] ?? [];
    expect(codes).toHaveLength(27);
    expect([...codes].sort()).toEqual([...EU27_CODES].sort());
    expect(screen.getByRole('button', { name: 'EU-27' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(screen.getByRole('button', { name: 'Clear all' })).toBeDisabled();
  });

  it('uses the PURL contributors it is given, and disables the preset without them', async () => {
    const { user, onChange } = setup({ purl: ['NLD', 'DNK'] });
    await user.click(screen.getByRole('button', { name: 'PURL contributors' }));
    expect(onChange).toHaveBeenLastCalledWith(['NLD', 'DNK']);
    expect(screen.getByRole('button', { name: 'PURL contributors' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('disables the PURL preset while no contributors are known', () => {
    setup({ purl: [] });
    expect(screen.getByRole('button', { name: 'PURL contributors' })).toBeDisabled();
  });
});
