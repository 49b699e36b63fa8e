import { useId } from 'react';
import { messages } from '@/lib/i18n/messages';

export interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  /** The checked values; empty means no restriction ("All"). */
  selected: readonly T[];
  /** Called with the checked values in the order of `options`. */
  onChange: (next: T[]) => void;
}

/**
 * A fieldset of checkboxes with an "All" reset. Nothing checked means everything is included,
 * which the pressed "All" button shows.
 */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  labels,
  selected,
  onChange,
}: CheckboxGroupProps<T>) {
  const id = useId();
  const toggle = (value: T) => {
    const isOn = selected.includes(value);
    onChange(options.filter((option) => (option === value ? !isOn : selected.includes(option))));
  };
  return (
    <fieldset className="checkbox-group">
      <legend className="filters-label">{legend}</legend>
      <div className="checkbox-group__options">
        <button
          type="button"
          className="filters-button"
          aria-pressed={selected.length === 0}
          onClick={() => onChange([])}
        >
          {messages().filters.all}
        </button>
        {options.map((option) => (
          <label key={option} className="checkbox-group__option" htmlFor={`${id}-${option}`}>
            <input
              id={`${id}-${option}`}
              type="checkbox"
              checked={selected.includes(option)}
              onChange={() => toggle(option)}
            />
            <span>{labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
