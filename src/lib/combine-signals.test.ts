// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { combineSignals } from './combine-signals';

describe.each([
  ['AbortSignal.any', true],
  ['fallback without AbortSignal.any', false],
])('combineSignals (%s)', (_name, native) => {
  it.each([0, 1])('aborts when signal %i aborts, with its reason', (which) => {
    const controllers = [new AbortController(), new AbortController()];
    const { signal, dispose } = combineSignals(
      controllers.map((c) => c.signal),
      native,
    );
    expect(signal.aborted).toBe(false);
    const reason = new Error(`reason ${which}`);
    controllers[which]!.abort(reason);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe(reason);
    dispose();
  });

  it('is aborted at once when a signal already is', () => {
    const done = new AbortController();
    done.abort('early');
    const { signal } = combineSignals([new AbortController().signal, done.signal], native);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe('early');
  });
});

describe('combineSignals fallback', () => {
  it('stops following the sources after dispose', () => {
    const source = new AbortController();
    const { signal, dispose } = combineSignals([source.signal], false);
    dispose();
    source.abort();
    expect(signal.aborted).toBe(false);
  });
});
