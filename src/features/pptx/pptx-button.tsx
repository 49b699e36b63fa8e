import type { SlideInputs } from '@/features/briefing';
import './pptx.css';
import { pptxText } from './pptx-text';
import { usePptxDownload } from './use-pptx-download';

/** "Download as PowerPoint" in the deck's bar: every slide of the deck, for the view. */
export function PptxButton({ ids, inputs }: { ids: readonly string[]; inputs: SlideInputs }) {
  const { busy, status, run } = usePptxDownload();
  return (
    <>
      <button
        type="button"
        className="deck__button"
        disabled={busy || ids.length === 0}
        onClick={() => void run(ids, inputs)}
      >
        {pptxText().downloadPptx}
      </button>
      <span className="deck__status" role="status">
        {status}
      </span>
    </>
  );
}
