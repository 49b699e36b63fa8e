import { useId } from 'react';
import { financingText } from '../financing-text';
import type { NeedEstimate } from '../api/financing-schema';
import { estimateLabel } from '../model/estimate-label';

/** A radio group of the need estimates (the selection lives in the URL). */
export function EstimateSwitcher({
  estimates,
  selected,
  onSelect,
}: {
  estimates: readonly NeedEstimate[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const name = useId();
  const t = financingText();
  return (
    <fieldset className="estimate-switcher">
      <legend>{t.switcherLegend}</legend>
      {estimates.map((estimate) => (
        <label key={estimate.id} className="estimate-switcher__option">
          <input
            type="radio"
            name={name}
            value={estimate.id}
            checked={estimate.id === selected}
            onChange={() => onSelect(estimate.id)}
          />
          <span>{estimateLabel(estimate)}</span>
        </label>
      ))}
    </fieldset>
  );
}
