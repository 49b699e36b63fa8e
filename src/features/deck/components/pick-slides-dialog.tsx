import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { BRIEFING_TEXT, SLIDES } from '@/features/briefing';

interface PickSlidesDialogProps {
  chosen: readonly string[];
  onApply: (ids: string[]) => void;
  onCancel: () => void;
}

/** Tick slides and order them with Up/Down buttons (keyboard: Tab, Space, Enter). */
export function PickSlidesDialog({ chosen, onApply, onCancel }: PickSlidesDialogProps) {
  const headingId = useId();
  const firstRef = useRef<HTMLInputElement>(null);
  const [order, setOrder] = useState<string[]>(() => [
    ...chosen,
    ...SLIDES.map((s) => s.id).filter((id) => !chosen.includes(id)),
  ]);
  const [ticked, setTicked] = useState<Set<string>>(() => new Set(chosen));
  useEffect(() => firstRef.current?.focus(), []);

  const move = (index: number, by: -1 | 1) => {
    setOrder((old) => {
      const next = [...old];
      const [item] = next.splice(index, 1);
      if (item !== undefined) next.splice(index + by, 0, item);
      return next;
    });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
    event.stopPropagation();
  };
  const ids = order.filter((id) => ticked.has(id));
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape closes the dialog from any control inside it
    <div
      className="pick-slides"
      role="dialog"
      aria-modal="true"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
      <h2 id={headingId}>{BRIEFING_TEXT.pickTitle}</h2>
      <p>{BRIEFING_TEXT.pickIntro}</p>
      <ol className="pick-slides__list">
        {order.map((id, index) => {
          const title = SLIDES.find((s) => s.id === id)?.title ?? id;
          return (
            <li key={id} className="pick-slides__item">
              <label>
                <input
                  ref={index === 0 ? firstRef : undefined}
                  type="checkbox"
                  checked={ticked.has(id)}
                  onChange={(event) => {
                    const next = new Set(ticked);
                    if (event.target.checked) next.add(id);
                    else next.delete(id);
                    setTicked(next);
                  }}
                />{' '}
                {title}
              </label>
              <span className="pick-slides__moves">
                <button
                  type="button"
                  className="button button--small"
                  aria-label={BRIEFING_TEXT.moveUp(title)}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑ {BRIEFING_TEXT.up}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={BRIEFING_TEXT.moveDown(title)}
                  disabled={index === order.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓ {BRIEFING_TEXT.down}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {ids.length === 0 && <p role="alert">{BRIEFING_TEXT.pickNone}</p>}
      <div className="pick-slides__actions">
        <button
          type="button"
          className="button"
          disabled={ids.length === 0}
          onClick={() => onApply(ids)}
        >
          {BRIEFING_TEXT.apply}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {BRIEFING_TEXT.cancel}
        </button>
      </div>
    </div>
  );
}
