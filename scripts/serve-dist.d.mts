// Types for serve-dist.mjs (used by the e2e helper and the Vitest test).
export declare const CONTENT_SECURITY_POLICY: string;
export declare const EMBED_CONTENT_SECURITY_POLICY: string;
export declare function contentSecurityPolicyFor(requestUrl: string | undefined): string;
export declare const MIME_TYPES: Readonly<Record<string, string>>;
export declare function mimeType(fileName: string): string;
export declare function safeRelativePath(requestUrl: string | undefined): string | null;
export interface ServedDist {
  url: string;
  port: number;
  close: () => Promise<void>;
}
export declare function serveDist(options: {
  root: string;
  port?: number;
  host?: string;
}): Promise<ServedDist>;
export declare const DEFAULT_PORT: number;
export declare function parseServeArgs(
  argv: readonly string[],
  env?: Record<string, string | undefined>,
): { root: string; port: number; host: string } | { error: string };
