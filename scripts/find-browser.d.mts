// Types for find-browser.mjs (used by its Vitest test).
export interface BrowserSystem {
  env: Record<string, string | undefined>;
  platform: string;
  uid: number | undefined;
  home: string;
  isExecutable: (file: string) => boolean;
  readFile: (file: string) => string | null;
  run: (command: string, args: string[], env: Record<string, string | undefined>) => number;
  log: (line: string) => void;
}
export declare const DEBIAN_CHROMIUM_PATH: string;
export declare const DEBIAN_PACKAGES: readonly string[];
export declare function candidatePaths(platform: string, home: string): readonly string[];
export declare function isDebian(readFile: (file: string) => string | null): boolean;
export declare function findBrowser(system: BrowserSystem): { path: string } | { error: string };
export declare function missingBrowserMessage(system: BrowserSystem): string;
export declare function ensureBrowser(
  system: BrowserSystem,
): { path: string; installed: boolean } | { error: string };
export declare function nodeSystem(): BrowserSystem;
