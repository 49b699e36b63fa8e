import { useCallback, useState } from 'react';
import { BRIEFING_TEXT, type SlideInputs } from '@/features/briefing';
import { downloadPptx } from './download-pptx';

/** Runs a PowerPoint download and words its outcome for a status line (deck bar, export menu). */
export function usePptxDownload() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const run = useCallback(async (ids: readonly string[], inputs: SlideInputs) => {
    setBusy(true);
    setStatus(BRIEFING_TEXT.exportBusy);
    try {
      const result = await downloadPptx(ids, inputs);
      if (result.status === 'done') setStatus(BRIEFING_TEXT.exportDone(result.fileName));
      else if (result.status === 'pending') setStatus(BRIEFING_TEXT.exportNotReady);
      else setStatus(BRIEFING_TEXT.slideFailed(result.what));
    } catch (error) {
      setStatus(BRIEFING_TEXT.exportFailed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, status, run };
}
