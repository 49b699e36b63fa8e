import './share.css';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useRef, useState } from 'react';
import { briefingLabels } from '@/features/briefing';
import { copyText } from '../model/copy-text';
import { shareUrl } from '../model/share-urls';

// The embed dialog (with every slide's title) loads when it is opened, not with the first view.
const EmbedDialog = lazy(() =>
  import('./embed-dialog').then((module) => ({ default: module.EmbedDialog })),
);

/** "Copy link" and "Embed…" for the header; results announced in a live region. */
export function ShareMenu() {
  const [status, setStatus] = useState('');
  const [embedding, setEmbedding] = useState(false);
  const [fallback, setFallback] = useState<string | null>(null);
  const embedButton = useRef<HTMLButtonElement>(null);
  const client = useQueryClient();
  const copy = (text: string, done: string) =>
    void copyText(text).then((ok) => {
      setFallback(ok ? null : text);
      setStatus(ok ? done : briefingLabels().linkCopyFailed);
    });
  return (
    <div className="share-menu">
      <button
        type="button"
        className="header-button"
        onClick={() => copy(shareUrl(window.location.href), briefingLabels().linkCopied)}
      >
        {briefingLabels().copyLink}
      </button>
      <button
        type="button"
        className="header-button"
        onClick={() => {
          void import('../model/cite-view').then(({ citeView }) =>
            copy(citeView(client, window.location.href), briefingLabels().citationCopied),
          );
        }}
      >
        {briefingLabels().cite}
      </button>
      <button
        ref={embedButton}
        type="button"
        className="header-button"
        onClick={() => setEmbedding(true)}
      >
        {briefingLabels().embed}
      </button>
      <p className="share-menu__status" role="status" aria-live="polite">
        {status}
      </p>
      {fallback && (
        <input
          className="share-menu__fallback"
          readOnly
          value={fallback}
          aria-label={briefingLabels().copyLink}
          onFocus={(e) => e.target.select()}
        />
      )}
      {embedding && (
        <Suspense fallback={null}>
          <EmbedDialog
            onClose={() => {
              setEmbedding(false);
              embedButton.current?.focus();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
