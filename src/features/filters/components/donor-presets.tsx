import { useId } from 'react';
import { messages } from '@/lib/i18n/messages';
import { activePreset, presetDonors, presetIds } from '../model/presets';
import { focusDonorSearch } from './focus-donor-search';

export interface DonorPresetsProps {
  selected: readonly string[];
  purlContributors: readonly string[];
  onChange: (codes: string[]) => void;
}

/** Preset buttons (the active one pressed) and "Clear all", under a visible label that names the group. */
export function DonorPresets({ selected, purlContributors, onChange }: DonorPresetsProps) {
  const active = activePreset(selected, purlContributors);
  const text = messages().filters;
  const labelId = useId();
  return (
    <>
      {/* A label, not a paragraph: axe reads a bold <p> before content as a heading in disguise. */}
      <div id={labelId} className="filters-label">
        {text.presets}
      </div>
      <div role="group" aria-labelledby={labelId} className="donor-presets">
        {presetIds.map((preset) => (
          <button
            key={preset}
            type="button"
            className="filters-button"
            aria-pressed={active === preset}
            disabled={preset === 'purl' && purlContributors.length === 0}
            onClick={() => onChange(presetDonors(preset, purlContributors))}
          >
            {text.presetLabels[preset]}
          </button>
        ))}
        <button
          type="button"
          className="filters-button filters-button--quiet"
          disabled={selected.length === 0}
          onClick={(event) => {
            focusDonorSearch(event.currentTarget);
            onChange([]);
          }}
        >
          {text.clearAll}
        </button>
      </div>
    </>
  );
}
