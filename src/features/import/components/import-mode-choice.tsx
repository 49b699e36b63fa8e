import { useId } from 'react';
import { importModeText } from '../import-mode-text';
import { importModes, planMerge, type ImportMode } from '../model/merge-pledges';

interface ImportModeChoiceProps {
  mode: ImportMode;
  onChange: (mode: ImportMode) => void;
  /** The checked file's pledge ids. */
  importedIds: readonly string[];
  /** The bundled pledge ids, or null when the bundled file could not be read. */
  bundledIds: readonly string[] | null;
  /** Bundled lines that adding leaves out (their links no longer hold). */
  leftOut: readonly string[];
  /** The file is refused the chosen way (the report says why): no counts to preview. */
  refused?: boolean;
  disabled: boolean;
}

/**
 * Add the file's lines to the bundled pledges (the default) or replace them: a labelled group of
 * native radio buttons (arrow keys move between them), with the preview of what the chosen way
 * does, in counts, naming every imported id that the bundled data already has.
 */
export function ImportModeChoice({
  mode,
  onChange,
  importedIds,
  bundledIds,
  leftOut,
  refused = false,
  disabled,
}: ImportModeChoiceProps) {
  const name = useId();
  const previewId = useId();
  const t = importModeText();
  const plan = bundledIds ? planMerge(mode, bundledIds, importedIds) : null;
  let preview: string;
  if (mode === 'add') {
    preview = plan
      ? t.adds(plan.total - plan.bundled, plan.bundled, plan.replacedIds.length, plan.total)
      : t.addsUnknown(importedIds.length);
  } else {
    preview = plan
      ? t.replaces(plan.imported, plan.bundled)
      : t.replacesUnknown(importedIds.length);
  }
  return (
    <fieldset className="import-mode" aria-describedby={previewId} disabled={disabled}>
      <legend>{t.legend}</legend>
      {importModes.map((value) => (
        <label key={value} className="import-mode__option">
          <input
            type="radio"
            name={name}
            value={value}
            checked={mode === value}
            onChange={() => onChange(value)}
          />{' '}
          {t[value]}
        </label>
      ))}
      <div id={previewId} className="import-mode__preview" aria-live="polite">
        {!refused && <p>{preview}</p>}
        {plan && plan.replacedIds.length > 0 && (
          <p>{t.duplicates(plan.replacedIds.length, plan.replacedIds.join(', '))}</p>
        )}
        {mode === 'add' && leftOut.length > 0 && (
          <p>{t.leftOut(leftOut.length, leftOut.join(', '))}</p>
        )}
      </div>
    </fieldset>
  );
}
