import { useId, useState, type DragEvent } from 'react';
import { importText } from '../import-text';
import { MAX_IMPORT_MB } from '../model/import-limits';

interface ImportDropZoneProps {
  onFile: (file: File) => void;
  disabled: boolean;
}

/** A real file input (keyboard and screen readers) inside an area that also accepts a drop. */
export function ImportDropZone({ onFile, disabled }: ImportDropZoneProps) {
  const inputId = useId();
  const hintId = useId();
  const [over, setOver] = useState(false);
  const t = importText();
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className={`drop-zone${over ? ' drop-zone--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={inputId} className="drop-zone__label">
        {t.chooseFile}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,.json,text/csv,application/json"
        aria-describedby={hintId}
        disabled={disabled}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <p id={hintId} className="drop-zone__hint">
        {t.dropHintBefore}
        <code>data_explorer.csv</code>
        {t.dropHintAfter} {t.sizeLimit(String(MAX_IMPORT_MB))}
      </p>
    </div>
  );
}
