import type { KielMeasure } from '../model/kiel-selectors';

const OPTIONS: { value: KielMeasure; label: string }[] = [
  { value: 'eur', label: 'EUR bn' },
  { value: 'gdp', label: '% of GDP' },
];

/** EUR bn | % of GDP. The value lives in the URL; the app passes it in. */
export function KielMeasureToggle({
  measure,
  onChange,
}: {
  measure: KielMeasure;
  onChange: (measure: KielMeasure) => void;
}) {
  return (
    <div className="segmented" role="group" aria-label="Measure">
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          className="segmented__option"
          aria-pressed={measure === option.value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
