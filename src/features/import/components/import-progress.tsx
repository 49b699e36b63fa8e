import type { ImportStage } from '../worker/worker-protocol';

const STAGES: Record<ImportStage, string> = {
  reading: 'Reading the file',
  decoding: 'Decoding the text',
  checking: 'Checking every row',
  done: 'Done',
};

export function ImportProgress({
  fileName,
  stage,
  fraction,
  onCancel,
}: {
  fileName: string;
  stage: ImportStage;
  fraction: number;
  onCancel: () => void;
}) {
  const percent = Math.round(fraction * 100);
  return (
    <div className="import-progress" role="status">
      <p>
        {STAGES[stage]}: {fileName} ({percent}%)
      </p>
      <progress max={100} value={percent} aria-label={`Checking ${fileName}`}>
        {percent}%
      </progress>
      <button type="button" className="button button--small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
