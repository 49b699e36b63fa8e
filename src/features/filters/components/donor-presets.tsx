import { PRESET_LABELS, activePreset, presetDonors, presetIds } from '../model/presets';

export interface DonorPresetsProps {
  selected: readonly string[];
  purlContributors: readonly string[];
  onChange: (codes: string[]) => void;
}

/** Preset buttons (the active one pressed) and "Clear all". */
export function DonorPresets({ selected, purlContributors, onChange }: DonorPresetsProps) {
  const active = activePreset(selected, purlContributors);
  return (
    <div role="group" aria-label="Donor presets" className="donor-presets">
      {presetIds.map((preset) => (
        <button
          key={preset}
          type="button"
          className="filters-button"
          aria-pressed={active === preset}
          disabled={preset === 'purl' && purlContributors.length === 0}
          onClick={() => onChange(presetDonors(preset, purlContributors))}
        >
          {PRESET_LABELS[preset]}
        </button>
      ))}
      <button
        type="button"
        className="filters-button filters-button--quiet"
        disabled={selected.length === 0}
        onClick={() => onChange([])}
      >
        Clear all
      </button>
    </div>
  );
}
