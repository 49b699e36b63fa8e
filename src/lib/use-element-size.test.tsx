import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useElementSize } from './use-element-size';

/** A stand-in ResizeObserver whose callback the test drives. */
let resized: () => void = () => undefined;
class FakeObserver {
  constructor(callback: () => void) {
    resized = () => act(() => callback());
  }
  observe() {}
  disconnect() {}
}

let box = { width: 400, height: 100 };
const renders = vi.fn();

function Probe({ track }: { track: 'size' | 'width' }) {
  const ref = useRef<HTMLDivElement>(null);
  const size = useElementSize(ref, track);
  renders(size);
  return <div ref={ref} />;
}

describe('useElementSize', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    renders.mockClear();
  });

  const mount = (track: 'size' | 'width') => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
      () =>
        ({ ...box, x: 0, y: 0, top: 0, left: 0, right: box.width, bottom: box.height }) as DOMRect,
    );
    box = { width: 400, height: 100 };
    render(<Probe track={track} />);
  };

  it('follows width and height', () => {
    mount('size');
    expect(renders).toHaveBeenLastCalledWith({ width: 400, height: 100 });
    box = { width: 400, height: 180 };
    resized();
    expect(renders).toHaveBeenLastCalledWith({ width: 400, height: 180 });
  });

  it("with track 'width', a change of height alone does not render again", () => {
    mount('width');
    expect(renders).toHaveBeenLastCalledWith({ width: 400, height: 0 });
    const count = renders.mock.calls.length;
    box = { width: 400, height: 180 };
    resized();
    expect(renders.mock.calls.length).toBe(count);
    box = { width: 300, height: 180 };
    resized();
    expect(renders).toHaveBeenLastCalledWith({ width: 300, height: 0 });
  });
});
