import './share.css';
import { useEffect, useId, useRef, useState } from 'react';
import { BRIEFING_TEXT } from '@/features/briefing/briefing-text';
import { SLIDE_CATALOG as SLIDES } from '@/features/briefing/slides/slide-catalog';
import { embedUrl, iframeSnippet, shareUrl } from '../model/share-urls';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** "Copy link" and "Embed…" for the header; results announced in a live region. */
export function ShareMenu() {
  const [status, setStatus] = useState('');
  const [embedding, setEmbedding] = useState(false);
  const [fallback, setFallback] = useState<string | null>(null);
  const embedButton = useRef<HTMLButtonElement>(null);
  return (
    <div className="share-menu">
      <button
        type="button"
        className="header-button"
        onClick={() => {
          const link = shareUrl(window.location.href);
          void copyText(link).then((ok) => {
            setFallback(ok ? null : link);
            setStatus(ok ? BRIEFING_TEXT.linkCopied : BRIEFING_TEXT.linkCopyFailed);
          });
        }}
      >
        {BRIEFING_TEXT.copyLink}
      </button>
      <button
        ref={embedButton}
        type="button"
        className="header-button"
        onClick={() => setEmbedding(true)}
      >
        {BRIEFING_TEXT.embed}
      </button>
      <p className="share-menu__status" role="status" aria-live="polite">
        {status}
      </p>
      {fallback && (
        <input
          className="share-menu__fallback"
          readOnly
          value={fallback}
          aria-label={BRIEFING_TEXT.copyLink}
          onFocus={(e) => e.target.select()}
        />
      )}
      {embedding && (
        <EmbedDialog
          onClose={() => {
            setEmbedding(false);
            embedButton.current?.focus();
          }}
        />
      )}
    </div>
  );
}

function EmbedDialog({ onClose }: { onClose: () => void }) {
  const headingId = useId();
  const selectId = useId();
  const codeId = useId();
  const [chart, setChart] = useState(SLIDES[0]?.id ?? '');
  const [status, setStatus] = useState('');
  const selectRef = useRef<HTMLSelectElement>(null);
  useEffect(() => selectRef.current?.focus(), []);
  const title = SLIDES.find((s) => s.id === chart)?.title ?? chart;
  const code = iframeSnippet(embedUrl(window.location.href, chart), title);
  return (
    <div className="share-dialog__backdrop">
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape closes the dialog from any control inside it */}
      <div
        className="share-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      >
        <h2 id={headingId}>{BRIEFING_TEXT.embedTitle}</h2>
        <p>{BRIEFING_TEXT.embedIntro}</p>
        <label htmlFor={selectId}>{BRIEFING_TEXT.embedChart}</label>{' '}
        <select
          id={selectId}
          ref={selectRef}
          value={chart}
          onChange={(e) => setChart(e.target.value)}
        >
          {SLIDES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
        <label htmlFor={codeId} className="block">
          {BRIEFING_TEXT.embedCode}
        </label>
        <textarea
          id={codeId}
          className="share-dialog__code"
          readOnly
          rows={4}
          value={code}
          onFocus={(e) => e.target.select()}
        />
        <p role="status">{status}</p>
        <div className="share-dialog__actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              void copyText(code).then((ok) =>
                setStatus(ok ? BRIEFING_TEXT.codeCopied : BRIEFING_TEXT.linkCopyFailed),
              )
            }
          >
            {BRIEFING_TEXT.copyCode}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {BRIEFING_TEXT.closeDialog}
          </button>
        </div>
      </div>
    </div>
  );
}
