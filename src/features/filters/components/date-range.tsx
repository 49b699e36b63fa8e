import { useId, useState, type ChangeEvent } from 'react';
import { checkMonthField, rangeOrderError, type MonthBounds } from '../model/month-range';
import { messages } from '@/lib/i18n/messages';

export interface DateRangeProps {
  from: string | null;
  to: string | null;
  /** Earliest month (from the data). */
  min: string;
  max: string;
  onChange: (from: string | null, to: string | null) => void;
}

type Field = 'from' | 'to';
type Pair<T> = Record<Field, T>;

const incompleteMonth = () => ({ ok: false, error: messages().filters.incompleteMonth }) as const;

/**
 * Two month fields. What the user types is kept as a draft: a valid, ordered range is applied
 * at once; an invalid or reversed one shows a message next to the field and is not applied.
 */
export function DateRange({ from, to, min, max, onChange }: DateRangeProps) {
  const id = useId();
  const text = messages().filters;
  const bounds: MonthBounds = { min, max };
  const [synced, setSynced] = useState<Pair<string | null>>({ from, to });
  const [draft, setDraft] = useState<Pair<string>>({ from: from ?? '', to: to ?? '' });
  const [errors, setErrors] = useState<Partial<Pair<string>>>({});

  // A change from outside (Back button, reset) replaces the draft of that field.
  if (synced.from !== from || synced.to !== to) {
    const changed = (field: Field) => synced[field] !== (field === 'from' ? from : to);
    setSynced({ from, to });
    setDraft((old) => ({
      from: changed('from') ? (from ?? '') : old.from,
      to: changed('to') ? (to ?? '') : old.to,
    }));
    setErrors((old) => ({
      from: changed('from') ? undefined : old.from,
      to: changed('to') ? undefined : old.to,
    }));
  }

  const update = (field: Field, raw: string, incomplete: boolean, reportFormat: boolean) => {
    const other: Field = field === 'from' ? 'to' : 'from';
    setDraft((old) => ({ ...old, [field]: raw }));
    const check = incomplete ? incompleteMonth() : checkMonthField(raw, bounds);
    if (!check.ok) {
      if (reportFormat) setErrors((old) => ({ ...old, [field]: check.error }));
      return;
    }
    // The other field's draft goes along when it is a valid month (it may have been held back
    // only because the range was reversed); an empty draft keeps what is applied.
    const otherCheck = checkMonthField(draft[other], bounds);
    const otherValue =
      otherCheck.ok && otherCheck.value !== null ? otherCheck.value : other === 'from' ? from : to;
    const next = { [field]: check.value, [other]: otherValue } as Pair<string | null>;
    const orderError = rangeOrderError(next.from, next.to, field);
    if (orderError) {
      setErrors((old) => ({ ...old, [field]: orderError }));
      return;
    }
    setErrors((old) => ({ [field]: undefined, [other]: otherCheck.ok ? undefined : old[other] }));
    if (next.from !== from || next.to !== to) onChange(next.from, next.to);
  };

  // Leaving a field with half-typed or malformed text says what is wrong (it was not applied).
  const showFormatError = (field: Field, input: HTMLInputElement) => {
    const check = input.validity.badInput
      ? incompleteMonth()
      : checkMonthField(input.value, bounds);
    if (!check.ok) setErrors((old) => ({ ...old, [field]: check.error }));
  };

  const onFieldChange = (field: Field) => (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const value = input.value;
    // A complete month from a native month picker is checked at once; half-typed text waits for blur.
    update(field, value, input.validity.badInput, /^\d{4}-\d{2}$/.test(value));
  };

  return (
    <fieldset className="date-range">
      <legend className="filters-label">{text.period}</legend>
      <div className="date-range__fields">
        {(['from', 'to'] as const).map((field) => {
          const inputId = `${id}-${field}`;
          const errorId = `${id}-${field}-error`;
          const error = errors[field];
          return (
            <div key={field} className="date-range__field">
              <label htmlFor={inputId}>{text[field]}</label>
              <input
                id={inputId}
                type="month"
                className="filters-input"
                min={min}
                max={max}
                placeholder="YYYY-MM"
                value={draft[field]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={onFieldChange(field)}
                onBlur={(event) => showFormatError(field, event.currentTarget)}
              />
              <p id={errorId} className="date-range__error" aria-live="polite">
                {error ?? ''}
              </p>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
