import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the print pages are mounted. They are drawn only for printing (every slide's chart a
 * second time is costly): the Print button mounts them, lets the charts draw for two frames,
 * then opens the print dialog; the browser's own print (Ctrl+P, the menu) mounts them in
 * `beforeprint`, synchronously (flushSync) so that they exist before the print snapshot.
 * `afterprint` unmounts them.
 */
export function usePrintStack(): { printing: boolean; printHandout: () => void } {
  const [printing, setPrinting] = useState(false);
  const [requests, setRequests] = useState(0);

  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  useEffect(() => {
    if (requests === 0) return;
    let frame = window.requestAnimationFrame(() => {
      frame = window.requestAnimationFrame(() => window.print());
    });
    return () => window.cancelAnimationFrame(frame);
  }, [requests]);

  const printHandout = useCallback(() => {
    setPrinting(true);
    setRequests((count) => count + 1);
  }, []);
  return { printing, printHandout };
}
