import type { KielMeasure } from '../model/kiel-selectors';
import { kielText } from '../kiel-text';

const OPTIONS: KielMeasure[] = ['eur', 'gdp'];

/** EUR bn | % of GDP. The value lives in the URL; the app passes it in. */
export function KielMeasureToggle({
  measure,
  onChange,
}: {
  measure: KielMeasure;
  onChange: (measure: KielMeasure) => void;
}) {
  const text = kielText();
  return (
    <div className="segmented" role="group" aria-label={text.measure}>
      {OPTIONS.map((option) => (
        <button
          key={option}
          type="button"
          className="segmented__option"
          aria-pressed={measure === option}
          onClick={() => onChange(option)}
        >
          {option === 'gdp' ? text.measureGdp : text.measureEur}
        </button>
      ))}
    </div>
  );
}
