import { useId } from 'react';
import { donorName, EU27_CODES } from '@/lib/donors';
import { formatDecimal } from '@/lib/format';
import { euOptionsText } from '../eu-options-text';
import type { CalculatorState } from '../model/calculator-state';

interface CalculatorFormProps {
  state: CalculatorState;
  defaults: { ratePercent: number; years: number; participants: readonly string[] };
  highlight: readonly string[];
  onChange: (name: 'rate' | 'years' | 'country', value: string) => void;
  onMembersChange: (selected: readonly string[]) => void;
}

/** The field's error, next to it: named by the field's aria-describedby and announced (alert). */
function FieldMessage({ id, message }: { id: string; message: string | null }) {
  return message ? (
    <p id={id} className="eu-calc__message" role="alert">
      {message}
    </p>
  ) : null;
}

/**
 * The calculator's inputs. Rate and years are text fields with a numeric keyboard rather than
 * type=number: a number field drops a decimal comma and any junk, and what the user typed must stay.
 */
export function CalculatorForm({
  state,
  defaults,
  highlight,
  onChange,
  onMembersChange,
}: CalculatorFormProps) {
  const id = useId();
  const t = euOptionsText();
  const selected = state.members.selected;
  const toggle = (code: string, on: boolean) =>
    onMembersChange(on ? [...selected, code] : selected.filter((c) => c !== code));
  const countryKnown = EU27_CODES.includes(state.country.text.trim().toUpperCase());
  return (
    <form
      className="eu-calc__form"
      onSubmit={(event) => event.preventDefault()}
      aria-label={t.formLabel}
    >
      <div className="eu-calc__field">
        <label htmlFor={`${id}-rate`}>{t.rateLabel}</label>
        <input
          id={`${id}-rate`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={state.rate.text}
          aria-invalid={state.rate.message !== null}
          aria-describedby={`${id}-rate-hint${state.rate.message ? ` ${id}-rate-msg` : ''}`}
          onChange={(event) => onChange('rate', event.target.value)}
        />
        <p id={`${id}-rate-hint`} className="eu-calc__hint">
          {t.rateHint(formatDecimal(defaults.ratePercent, 2))}
        </p>
        <FieldMessage id={`${id}-rate-msg`} message={state.rate.message} />
      </div>
      <div className="eu-calc__field">
        <label htmlFor={`${id}-years`}>{t.yearsLabel}</label>
        <input
          id={`${id}-years`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={state.years.text}
          aria-invalid={state.years.message !== null}
          aria-describedby={`${id}-years-hint${state.years.message ? ` ${id}-years-msg` : ''}`}
          onChange={(event) => onChange('years', event.target.value)}
        />
        <p id={`${id}-years-hint`} className="eu-calc__hint">
          {t.yearsHint(defaults.years)}
        </p>
        <FieldMessage id={`${id}-years-msg`} message={state.years.message} />
      </div>
      <div className="eu-calc__field">
        <label htmlFor={`${id}-country`}>{t.countryLabel}</label>
        <select
          id={`${id}-country`}
          value={countryKnown ? state.country.text.trim().toUpperCase() : state.country.text}
          aria-invalid={state.country.message !== null}
          aria-describedby={state.country.message ? `${id}-country-msg` : undefined}
          onChange={(event) => onChange('country', event.target.value)}
        >
          {!countryKnown && (
            <option
              value={state.country.text}
            >{`${state.country.text || '(none)'} (not an EU member)`}</option>
          )}
          {EU27_CODES.map((code) => (
            <option key={code} value={code}>
              {donorName(code)}
              {defaults.participants.includes(code) ? '' : t.outsidePlanA}
            </option>
          ))}
        </select>
        {state.countryFromHighlight && <p className="eu-calc__hint">{t.preselected}</p>}
        <FieldMessage id={`${id}-country-msg`} message={state.country.message} />
      </div>
      <fieldset
        className="eu-calc__members"
        aria-describedby={state.members.message ? `${id}-members-msg` : undefined}
      >
        <legend>{t.membersLegend(selected.length)}</legend>
        <div className="eu-calc__presets" role="group" aria-label={t.presetsLabel}>
          <button
            type="button"
            className="button button--small"
            onClick={() => onMembersChange(defaults.participants)}
          >
            {t.presetDefault(defaults.participants.length)}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => onMembersChange(EU27_CODES)}
          >
            {t.presetAll}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => onMembersChange([])}
          >
            {t.presetClear}
          </button>
        </div>
        <FieldMessage id={`${id}-members-msg`} message={state.members.message} />
        <ul className="eu-calc__checks">
          {EU27_CODES.map((code) => (
            <li key={code}>
              <label className={highlight.includes(code) ? 'eu-calc__highlighted' : undefined}>
                <input
                  type="checkbox"
                  checked={selected.includes(code)}
                  onChange={(event) => toggle(code, event.target.checked)}
                />
                {donorName(code)}
                {highlight.includes(code) && (
                  <span className="visually-hidden">{t.inYourFilter}</span>
                )}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </form>
  );
}
