import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { DONORS, type Donor } from '@/lib/donors';
import { searchDonors } from '../model/donor-search';
import { MAX_DONORS } from '../model/url-state';
import { DonorChips } from './donor-chips';
import { DonorPresets } from './donor-presets';
import { messages } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/locale';

const NO_OPTIONS: readonly Donor[] = [];

export interface DonorPickerProps {
  selected: readonly string[];
  onChange: (codes: string[]) => void;
  purlContributors: readonly string[];
  /** Codes present in the data; the others can still be picked and are marked. */
  available?: readonly string[];
}

/**
 * Donor selection: a WAI-ARIA 1.2 combobox with a multi-select listbox popup (type to filter
 * in English or German, arrows to move, Enter to pick, Escape to close), chips for the chosen
 * donors and preset buttons.
 */
export function DonorPicker({ selected, onChange, purlContributors, available }: DonorPickerProps) {
  const id = useId();
  const text = messages().filters;
  const german = getLocale() === 'de';
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  // Found only while the list is open: the closed field (the page as loaded) sorts nothing.
  const options = useMemo(() => (open ? searchDonors(query, DONORS) : NO_OPTIONS), [open, query]);
  const availableSet = useMemo(() => (available ? new Set(available) : null), [available]);
  const expanded = open && options.length > 0;
  const active = expanded ? options[activeIndex] : undefined;
  const optionId = (code: string) => `${id}-option-${code}`;

  useEffect(() => {
    if (active)
      document.getElementById(optionId(active.code))?.scrollIntoView?.({ block: 'nearest' });
    // optionId only depends on id
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const toggle = (code: string) => {
    if (selected.includes(code)) onChange(selected.filter((other) => other !== code));
    else if (selected.length < MAX_DONORS) onChange([...selected, code]);
  };

  const focusInput = useCallback(() => inputRef.current?.focus(), []);

  const move = (step: 1 | -1) => {
    if (!expanded) {
      setOpen(true);
      setActiveIndex(
        step === 1 ? Math.max(activeIndex, 0) : searchDonors(query, DONORS).length - 1,
      );
      return;
    }
    setActiveIndex((index) =>
      index < 0 && step === -1
        ? options.length - 1
        : (index + step + options.length) % options.length,
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) setOpen(true);
        else move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter':
        if (active) {
          event.preventDefault();
          toggle(active.code);
          setQuery('');
          setOpen(false);
          setActiveIndex(-1);
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
        } else if (query !== '') {
          event.preventDefault();
          setQuery('');
          setActiveIndex(-1);
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  return (
    <div className="donor-picker">
      {/* The presets first: choosing one (EU-27 adds 27 chips below the field) leaves them where
          they were, under the pointer, and the field's chips still follow it for the keyboard. */}
      <DonorPresets selected={selected} purlContributors={purlContributors} onChange={onChange} />
      <label htmlFor={`${id}-input`} className="filters-label">
        {text.donorCountries}
      </label>
      <p id={`${id}-hint`} className="filters-hint">
        {text.donorHint}
      </p>
      <div className="donor-picker__field">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          className="filters-input"
          autoComplete="off"
          spellCheck={false}
          maxLength={60}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-activedescendant={active ? optionId(active.code) : undefined}
          aria-describedby={`${id}-hint`}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActiveIndex(event.target.value.trim() === '' ? -1 : 0);
          }}
          onClick={() => setOpen((value) => !value)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul
          id={`${id}-listbox`}
          role="listbox"
          aria-label={text.donorCountries}
          aria-multiselectable="true"
          className="donor-picker__listbox"
          hidden={!expanded}
        >
          {/* Options exist only while the list is open: a closed list costs nothing to draw. */}
          {expanded &&
            options.map((donor, index) => {
              const isSelected = selected.includes(donor.code);
              const missing = availableSet !== null && !availableSet.has(donor.code);
              return (
                // Keyboard use goes through the combobox (aria-activedescendant), as the pattern asks.
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <li
                  key={donor.code}
                  id={optionId(donor.code)}
                  role="option"
                  aria-selected={isSelected}
                  className={`donor-option${index === activeIndex ? ' donor-option--active' : ''}`}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => setActiveIndex(index)}
                  onClick={() => toggle(donor.code)}
                >
                  <span className="donor-option__check" aria-hidden="true">
                    {isSelected ? '✓' : ''}
                  </span>
                  <span className="donor-option__text">
                    <span>
                      {german ? donor.de : donor.en} ({donor.code})
                    </span>
                    {donor.de !== donor.en && (
                      <span className="donor-option__muted" lang={german ? 'en' : 'de'}>
                        {german ? donor.en : donor.de}
                      </span>
                    )}
                    {missing && <span className="donor-option__muted">{text.noPledgesInData}</span>}
                  </span>
                </li>
              );
            })}
        </ul>
        {open && options.length === 0 && (
          <p className="donor-picker__empty">{text.noMatch(query)}</p>
        )}
      </div>
      <p className="filters-sr-only" aria-live="polite">
        {open ? text.found(options.length) : ''}
      </p>
      <DonorChips selected={selected} onChange={onChange} onEmpty={focusInput} />
    </div>
  );
}
