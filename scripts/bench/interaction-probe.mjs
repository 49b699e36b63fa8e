// In-page timing of one filter change (installed with addInitScript; runs before the app).
//
// How a change is timed (the bench clicks a donor preset with real, trusted mouse input):
//   1. arm(): a one-shot capture listener for the next click; a snapshot of the text of the
//      watched elements (the "Pledges by donor" figure and the headline figures).
//   2. On that click: start = the click event's timeStamp (when the input arrived; the handler
//      start if the browser gives no usable stamp). A MutationObserver on <body> notes the time
//      of every DOM change after it.
//   3. Every frame: a requestAnimationFrame callback notes when the frame began, and posts a
//      message that runs right after the frame was rendered (style, layout, paint).
//   4. Settled = no DOM change for `quietMs`, and the watched text differs from the snapshot (so
//      a render spread over several frames cannot pass for quiet). `quietMs` is long enough for
//      charts off screen, which catch up when the browser is idle, to have done so: every change
//      the click causes is inside the window, whatever the timing of idle callbacks.
//   5. Results, each the last DOM change of its kind minus start, plus the work of the frame that
//      rendered it (its rAF-to-rendered time); the quiet time and the wait for vsync are idle
//      time and are not counted:
//      - onScreenMs: changes inside what was on screen at the click (the innermost figure,
//        section, aside, header, nav or child of <body> around the change intersected the
//        viewport; a change in a container made after the click counts as on screen);
//      - settledMs: every change, off screen too.
//   Changes inside `ignoreSelector` (visually hidden live regions: the screen-reader sentence,
//   spoken on purpose 700 ms after the last change, so that several quick changes give one
//   announcement) are no drawing: they are left out of both times, and their time is kept apart
//   (`announcedMs`).
// Also recorded: the browser's Event Timing duration of the click (click to next paint, rounded
// to 8 ms, as INP uses): it covers the work done while handling the click, not later renders.
// Written as a plain function so that it can be serialised into the page: no imports, no closures.

/**
 * @param {{ watchSelectors: string[], figureSelector: string, quietMs: number, timeoutMs: number, ignoreSelector?: string }} options
 */
export function installInteractionProbe(options) {
  const { watchSelectors, figureSelector, quietMs, timeoutMs, ignoreSelector = null } = options;
  // `body > *`: elements outside the app's root too (Recharts' hidden text-measuring span).
  const REGIONS = 'figure, section, aside, header, nav, body > *';

  /** The regions of the page (innermost containers of a change) that intersect the viewport. */
  const regionsOnScreen = () => {
    const onScreen = new Set();
    const offScreen = new Set();
    for (const region of document.querySelectorAll(REGIONS)) {
      const rect = region.getBoundingClientRect();
      const visible =
        rect.bottom > 0 && rect.top < window.innerHeight && rect.width > 0 && rect.height > 0;
      (visible ? onScreen : offScreen).add(region);
    }
    return { onScreen, offScreen };
  };

  /** Where a DOM change happened (for finding what settles last): its region and element. */
  const describe = (record) => {
    const element = record.target.nodeType === 1 ? record.target : record.target.parentElement;
    const region = element?.closest('figure, section, aside, header, nav');
    const name = (node) =>
      node
        ? `${node.tagName.toLowerCase()}${node.getAttribute('aria-label') ? `[${node.getAttribute('aria-label').slice(0, 40)}]` : ''}${typeof node.className === 'string' && node.className ? `.${node.className.split(' ')[0]}` : ''}`
        : '-';
    const title = region?.querySelector('h2, h3, figcaption')?.textContent?.slice(0, 30) ?? '';
    return `${record.type}${record.attributeName ? `:${record.attributeName}` : ''} ${name(element)} in ${name(region)} "${title}"`;
  };

  const watchedText = () =>
    watchSelectors
      .map((selector) => document.querySelector(selector)?.textContent ?? '')
      .join('\u0000');

  /**
   * Event Timing (the browser's own click-to-next-paint, as INP uses) for a cross-check: resolves
   * with the duration of the next click's entry, or null when none arrives within `waitMs` of
   * `settled()` being called (entries are queued after the frame is presented, sometimes late).
   */
  function watchEventTiming(waitMs) {
    let resolveDuration = () => {};
    const duration = new Promise((resolve) => {
      resolveDuration = resolve;
    });
    if (!PerformanceObserver.supportedEntryTypes?.includes('event')) {
      return { duration: Promise.resolve(null), settled: () => {} };
    }
    const observer = new PerformanceObserver((list) => {
      const click = list.getEntries().find((entry) => entry.name === 'click');
      if (!click) return;
      observer.disconnect();
      resolveDuration(click.duration);
    });
    observer.observe({ type: 'event', durationThreshold: 16 });
    return {
      duration,
      settled: () =>
        setTimeout(() => {
          observer.disconnect();
          resolveDuration(null);
        }, waitMs),
    };
  }

  function timeOneChange(event, before, regions, eventTiming, resolve) {
    const handlerStart = performance.now();
    const stamp = event.timeStamp;
    // A trusted event's timeStamp is when the input arrived; guard against clocks that disagree.
    const usable =
      event.isTrusted && stamp > 0 && stamp <= handlerStart && handlerStart - stamp < 5000;
    const start = usable ? stamp : handlerStart;
    const figure = document.querySelector(figureSelector);
    let mutations = 0;
    let lastMutation = null;
    let lastOnScreenMutation = null;
    let lastFigureMutation = null;
    let lastIgnoredMutation = null;
    let lastTarget = '';
    const elementOf = (node) => (node.nodeType === 1 ? node : node.parentElement);
    const isIgnored = (node) =>
      ignoreSelector !== null && elementOf(node)?.closest(ignoreSelector) != null;
    const isOnScreen = (node) => {
      const element = node.nodeType === 1 ? node : node.parentElement;
      const region = element?.closest(REGIONS) ?? null;
      return region === null || !regions.offScreen.has(region);
    };
    const observer = new MutationObserver((all) => {
      const now = performance.now();
      const records = all.filter((record) => !isIgnored(record.target));
      if (records.length < all.length) lastIgnoredMutation = now;
      if (records.length === 0) return;
      mutations += records.length;
      lastMutation = now;
      lastTarget = describe(records[records.length - 1]);
      if (records.some((record) => isOnScreen(record.target))) lastOnScreenMutation = now;
      if (figure && records.some((record) => figure.contains(record.target))) {
        lastFigureMutation = now;
      }
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });

    const frames = [];
    const channel = new MessageChannel();

    const finish = (error) => {
      observer.disconnect();
      channel.port1.onmessage = null;
      eventTiming.settled();
      if (error) {
        resolve({ error });
        return;
      }
      // The first frame that began after a DOM change rendered it.
      const renderOf = (time) => {
        const rendering = frames.find((frame) => frame.rafAt >= time);
        return rendering ? rendering.renderedAt - rendering.rafAt : 0;
      };
      const renderMs = renderOf(lastMutation);
      const onScreenAt = lastOnScreenMutation ?? lastMutation;
      resolve({
        settledMs: lastMutation - start + renderMs,
        onScreenMs: onScreenAt - start + renderOf(onScreenAt),
        domSettledMs: lastMutation - start,
        figureSettledMs: lastFigureMutation === null ? null : lastFigureMutation - start,
        announcedMs: lastIgnoredMutation === null ? null : lastIgnoredMutation - start,
        lastFrameRenderMs: renderMs,
        inputDelayMs: handlerStart - start,
        mutations,
        frames: frames.length,
        timestampSource: usable ? 'event.timeStamp' : 'handler start',
        lastChange: lastTarget,
      });
    };

    channel.port1.onmessage = () => {
      const frame = frames[frames.length - 1];
      if (frame) frame.renderedAt = performance.now();
      if (performance.now() - start > timeoutMs) {
        finish(`not settled within ${timeoutMs} ms (${mutations} DOM changes)`);
        return;
      }
      // DOM quiet long enough, and the charts show the new filter (else keep waiting).
      if (
        lastMutation !== null &&
        performance.now() - lastMutation >= quietMs &&
        watchedText() !== before
      ) {
        finish(null);
        return;
      }
      requestAnimationFrame(onFrame);
    };
    const onFrame = () => {
      frames.push({ rafAt: performance.now(), renderedAt: Number.NaN });
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(onFrame);
  }

  window.__benchInteraction = {
    /** Resolves once the DOM has not changed for `ms` (true), or after `limitMs` anyway (false). */
    quiet(ms, limitMs) {
      return new Promise((resolve) => {
        const began = performance.now();
        let timer;
        const observer = new MutationObserver(() => arm());
        const done = (value) => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(value);
        };
        const arm = () => {
          clearTimeout(timer);
          if (performance.now() - began > limitMs) done(false);
          else timer = setTimeout(() => done(true), ms);
        };
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        arm();
      });
    },
    /**
     * Time the next click: `__benchInteractionResult` resolves with the result (or `{ error }`),
     * `__benchEventTiming` with the click's Event Timing duration (or null).
     */
    arm() {
      const before = watchedText();
      const regions = regionsOnScreen();
      const eventTiming = watchEventTiming(1000);
      window.__benchEventTiming = eventTiming.duration;
      window.__benchInteractionResult = new Promise((resolve) => {
        const onClick = (event) => timeOneChange(event, before, regions, eventTiming, resolve);
        window.addEventListener('click', onClick, {
          capture: true,
          once: true,
        });
      });
    },
  };
}

/** The init-script source that installs the probe with `options`. */
export function interactionProbeScript(options) {
  return `(${installInteractionProbe.toString()})(${JSON.stringify(options)});`;
}
