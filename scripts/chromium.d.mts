// Types for chromium.mjs (used by the e2e helper).
import type { Browser } from 'playwright-core';

export declare const CHROMIUM_ARGS: readonly string[];
export declare function chromiumPath(): string;
export declare function launchChromium(options?: {
  timeout?: number;
  extraArgs?: readonly string[];
}): Promise<Browser>;
