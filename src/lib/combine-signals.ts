/** A signal that aborts when any of the given signals does, and a function that detaches it. */
export interface CombinedSignal {
  signal: AbortSignal;
  dispose: () => void;
}

/**
 * Combine abort signals (the query's own signal and a timeout). Uses `AbortSignal.any` where the
 * runtime has it (Node 20, current browsers); otherwise listens to each signal and forwards the
 * first abort, with its reason. `dispose` removes the listeners of the fallback.
 */
export function combineSignals(
  signals: readonly AbortSignal[],
  native: boolean = typeof AbortSignal.any === 'function',
): CombinedSignal {
  if (native) return { signal: AbortSignal.any([...signals]), dispose: () => {} };
  const controller = new AbortController();
  const already = signals.find((s) => s.aborted);
  if (already) {
    controller.abort(already.reason);
    return { signal: controller.signal, dispose: () => {} };
  }
  const listeners = signals.map((source) => {
    const onAbort = () => {
      controller.abort(source.reason);
      dispose();
    };
    source.addEventListener('abort', onAbort, { once: true });
    return () => source.removeEventListener('abort', onAbort);
  });
  const dispose = () => listeners.forEach((remove) => remove());
  return { signal: controller.signal, dispose };
}
