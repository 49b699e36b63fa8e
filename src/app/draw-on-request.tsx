import { useState, type ReactNode } from 'react';
import './draw-on-request.css';

interface DrawOnRequestProps {
  /** How many items the view would draw. */
  count: number;
  /** Above this many, the view waits for the reader to ask. */
  limit: number;
  /** "The PURL timeline would draw 20,141 events": what the reader is asked about. */
  description: string;
  /** The button's label, e.g. "Draw the PURL timeline". */
  action: string;
  children: ReactNode;
}

/**
 * Draws a view at once when it is small; when it would draw more than `limit` items (a huge data
 * file), shows a note and a button instead, so the headline and the other charts are not held up.
 */
export function DrawOnRequest({ count, limit, description, action, children }: DrawOnRequestProps) {
  const [asked, setAsked] = useState(false);
  if (count <= limit || asked) return children;
  return (
    <div className="draw-on-request">
      <p>{description}; that can take a while. Narrow the filters, or draw it anyway.</p>
      <button type="button" className="button" onClick={() => setAsked(true)}>
        {action}
      </button>
    </div>
  );
}
