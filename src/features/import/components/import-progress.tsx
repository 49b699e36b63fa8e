import { importText } from '../import-text';
import type { ImportStage } from '../worker/worker-protocol';

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
  const t = importText();
  return (
    <div className="import-progress" role="status">
      <p>{t.progress(t.stages[stage], fileName, percent)}</p>
      <progress max={100} value={percent} aria-label={t.progressLabel(fileName)}>
        {percent}%
      </progress>
      <button type="button" className="button button--small" onClick={onCancel}>
        {t.cancel}
      </button>
    </div>
  );
}
