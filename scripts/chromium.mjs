// The one place that knows how to start Debian's Chromium with playwright-core (never a
// downloaded browser). Used by the e2e harness (tests/e2e/support/browser.ts), the benchmark and
// the screenshot script. CHROMIUM_PATH overrides the executable.
import { chromium } from 'playwright-core';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

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

/** The Chromium executable: $CHROMIUM_PATH, else Debian's. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
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
