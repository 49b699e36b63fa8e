import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { LoadingBlock } from '@/components/load-state';
import { importLabels } from '../import-labels';
import './import.css';

// The import panel (parsers, report, worker client) loads when the dialog is first opened.
const DataSetsPanel = lazy(() =>
  import('./data-sets-panel').then((module) => ({ default: module.DataSetsPanel })),
);

/** "Data" button for the header: opens the data sets dialog (import, switch, export, remove). */
export function DataButton() {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const t = importLabels();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    if (!open && element.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
    }
  }, [open]);

  return (
    <>
      <button
        type="button"
        className="button button--small data-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t.dataButton}
      </button>
      <dialog
        ref={dialog}
        className="data-dialog"
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
      >
        <div className="data-dialog__head">
          <h2 id={titleId}>{t.dialogTitle}</h2>
          <button type="button" className="button button--small" onClick={() => setOpen(false)}>
            {t.close}
          </button>
        </div>
        {open && (
          <Suspense fallback={<LoadingBlock label={t.loadingPanel} height={200} />}>
            <DataSetsPanel />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
