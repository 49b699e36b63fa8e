import { messages } from '@/lib/i18n/messages';
import { activePreset, presetDonors, presetIds } from '../model/presets';
import { focusDonorSearch } from './focus-donor-search';

export interface DonorPresetsProps {
  selected: readonly string[];
  purlContributors: readonly string[];
  onChange: (codes: string[]) => void;
}

/** Preset buttons (the active one pressed) and "Clear all". */
export function DonorPresets({ selected, purlContributors, onChange }: DonorPresetsProps) {
  const active = activePreset(selected, purlContributors);
  const text = messages().filters;
  return (
    <div role="group" aria-label={text.presets} className="donor-presets">
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
  );
}
