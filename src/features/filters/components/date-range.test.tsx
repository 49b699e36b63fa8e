import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DateRange } from './date-range';

function setup(from: string | null = null, to: string | null = null) {
  const onChange = vi.fn<(from: string | null, to: string | null) => void>();
  const view = render(
    <DateRange from={from} to={to} min="2022-01" max="2026-06" onChange={onChange} />,
  );
  return {
    onChange,
    rerender: (nextFrom: string | null, nextTo: string | null) =>
      view.rerender(
        <DateRange from={nextFrom} to={nextTo} min="2022-01" max="2026-06" onChange={onChange} />,
      ),
    fromInput: screen.getByLabelText('From'),
    toInput: screen.getByLabelText('To'),
  };
}

const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

describe('DateRange', () => {
  it('shows two month fields with their bounds', () => {
    const { fromInput, toInput } = setup('2025-08', null);
    expect(fromInput).toHaveAttribute('type', 'month');
    expect(fromInput).toHaveAttribute('min', '2022-01');
    expect(toInput).toHaveAttribute('max', '2026-06');
    expect(fromInput).toHaveValue('2025-08');
    expect(toInput).toHaveValue('');
  });

  it('applies a valid month at once', () => {
    const { onChange, fromInput } = setup(null, '2026-01');
    type(fromInput, '2025-08');
    expect(onChange).toHaveBeenCalledWith('2025-08', '2026-01');
  });

  it('clearing a field opens that end of the range', () => {
    const { onChange, toInput } = setup('2025-01', '2026-01');
    type(toInput, '');
    expect(onChange).toHaveBeenCalledWith('2025-01', null);
  });

  it('does not apply a reversed range and says why next to the field', () => {
    const { onChange, toInput } = setup('2025-08', null);
    type(toInput, '2025-01');
    expect(onChange).not.toHaveBeenCalled();
    expect(toInput).toHaveAttribute('aria-invalid', 'true');
    const message = document.getElementById(toInput.getAttribute('aria-describedby') ?? '');
    expect(message).toHaveTextContent('“To” must not be before “From” (Aug 2025).');
    expect(toInput).toHaveValue('2025-01');
  });

  it('applies both fields once the other one makes the range valid', () => {
    const { onChange, fromInput, toInput } = setup('2025-08', null);
    type(toInput, '2025-01');
    type(fromInput, '2024-12');
    expect(onChange).toHaveBeenCalledExactlyOnceWith('2024-12', '2025-01');
    expect(toInput).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/must not be/)).not.toBeInTheDocument();
  });

  it('does not apply a month outside the bounds', () => {
    const { onChange, fromInput, toInput } = setup();
    type(toInput, '2026-07');
    type(fromInput, '2021-12');
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByText('Choose Jun 2026 or earlier.')).toBeInTheDocument();
    expect(screen.getByText('Choose Jan 2022 or later.')).toBeInTheDocument();
  });

  it("leaving a valid field does not repeat the other field's error", () => {
    const { fromInput, toInput } = setup('2025-08', null);
    type(toInput, '2025-01');
    fireEvent.blur(toInput);
    fireEvent.blur(fromInput);
    expect(fromInput).not.toHaveAttribute('aria-invalid');
    expect(toInput).toHaveAttribute('aria-invalid', 'true');
  });

  it('takes changes from outside (Back button) and drops a stale draft', () => {
    const { rerender, fromInput, toInput } = setup('2025-08', null);
    type(toInput, '2025-01');
    rerender('2023-01', '2024-01');
    expect(fromInput).toHaveValue('2023-01');
    expect(toInput).toHaveValue('2024-01');
    expect(toInput).not.toHaveAttribute('aria-invalid');
  });
});
