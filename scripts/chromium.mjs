// The one place that knows how to start the browser with playwright-core (never a downloaded
// browser). Used by the e2e harness (tests/e2e/support/browser.ts), the benchmark and the
// screenshot script. Which executable: scripts/find-browser.mjs (CHROMIUM_PATH, else Debian's
// chromium, else the usual Chromium and Chrome paths), the same logic as `npm test`'s pretest step.
import { chromium } from 'playwright-core';
import { findBrowser, nodeSystem } from './find-browser.mjs';

/** Flags for a quiet, reproducible headless browser in a container (no sandbox, no GPU, no chatter). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser executable (see find-browser.mjs); throws the one-line "what to install" message when there is none. */
export function chromiumPath() {
  const found = findBrowser(nodeSystem());
  if ('error' in found) throw new Error(found.error);
  return found.path;
}

/**
 * Launch headless Chromium with CHROMIUM_ARGS (plus `extraArgs`).
 * @param {{ timeout?: number, extraArgs?: string[] }} [options]
 */
export function launchChromium({ timeout = 60_000, extraArgs = [] } = {}) {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    timeout,
  });
}
