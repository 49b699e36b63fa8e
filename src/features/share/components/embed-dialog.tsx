import { useEffect, useId, useRef, useState } from 'react';
import { BRIEFING_TEXT, titledSlides } from '@/features/briefing';
import { copyText } from '../model/copy-text';
import { embedUrl, iframeSnippet } from '../model/share-urls';

/** Picks a chart and shows the HTML that embeds it (loaded on demand by the share menu). */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const headingId = useId();
  const selectId = useId();
  const codeId = useId();
  const [slides] = useState(titledSlides);
  const [chart, setChart] = useState(slides[0]?.id ?? '');
  const [status, setStatus] = useState('');
  const selectRef = useRef<HTMLSelectElement>(null);
  useEffect(() => selectRef.current?.focus(), []);
  const title = slides.find((s) => s.id === chart)?.title ?? chart;
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
          {slides.map((s) => (
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
