import { combineSignals } from './combine-signals';

/** Thrown when a data request answers with a non-2xx status. */
export class HttpError extends Error {
  readonly status: number;
  readonly url: string;
  constructor(url: string, status: number, statusText: string) {
    super(`${url} answered ${status}${statusText ? ` ${statusText}` : ''}`);
    this.name = 'HttpError';
    this.status = status;
    this.url = url;
  }
}

/** Thrown when a response arrived but its content is not what the schema expects. */
export class DataFormatError extends Error {
  readonly url: string;
  readonly #problems: () => string[];
  /**
   * `problems`: what is wrong, or a function wording it; a function is called each time the
   * problems are read, so that an error kept in the query cache reads in the language in use.
   * `message` (for logs and developers) is worded once, when the error is made.
   */
  constructor(url: string, problems: string[] | (() => string[])) {
    const word = typeof problems === 'function' ? problems : () => problems;
    const first = word();
    super(
      `${url} is malformed: ${first.slice(0, 3).join('; ')}${first.length > 3 ? ` (+${first.length - 3} more)` : ''}`,
    );
    this.name = 'DataFormatError';
    this.url = url;
    this.#problems = word;
  }

  /** What is wrong, in the language in use now. */
  get problems(): string[] {
    return this.#problems();
  }
}

/** Thrown when the request never reached the server, or the transfer broke off (offline, blocked). */
export class NetworkError extends Error {
  readonly url: string;
  constructor(url: string, message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'NetworkError';
    this.url = url;
  }
}

/** Thrown when a data file has not arrived completely within the timeout. */
export class DataTimeoutError extends Error {
  readonly url: string;
  readonly timeoutMs: number;
  constructor(url: string, timeoutMs: number) {
    super(`${url} took too long: not received within ${formatSeconds(timeoutMs)}.`);
    this.name = 'TimeoutError';
    this.url = url;
    this.timeoutMs = timeoutMs;
  }
}

/** "15 seconds", "1.5 seconds", "1 second". */
export function formatSeconds(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds.toLocaleString('en-GB')} second${seconds === 1 ? '' : 's'}`;
}

/** How long one data request (answer and whole body) may take before it is given up, in ms. */
export const DATA_TIMEOUT_MS = 15_000;

let timeoutMs = DATA_TIMEOUT_MS;

/**
 * Set the timeout of later data requests (tests, slow-network scenarios). Returns a function that
 * restores the previous value. A value that is not a positive finite number disables the timeout.
 */
export function setDataTimeout(ms: number): () => void {
  const previous = timeoutMs;
  timeoutMs = ms;
  return () => {
    timeoutMs = previous;
  };
}

export interface RequestOptions {
  /** Overrides the current data timeout for this request. */
  timeoutMs?: number;
}

/**
 * GET `url` and read its body as text, within the timeout; `signal` (the query's) still cancels.
 * Throws HttpError on !ok, NetworkError when unreachable, DataTimeoutError when too slow; a
 * cancellation by `signal` is passed on unchanged.
 */
async function fetchBody(url: string, signal: AbortSignal | undefined, options: RequestOptions) {
  const limit = options.timeoutMs ?? timeoutMs;
  const timeout = new AbortController();
  const timer =
    Number.isFinite(limit) && limit > 0
      ? setTimeout(() => timeout.abort(new DataTimeoutError(url, limit)), limit)
      : undefined;
  const combined = signal ? combineSignals([signal, timeout.signal]) : null;
  const timedOut = () => timeout.signal.aborted && !signal?.aborted;
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: combined?.signal ?? timeout.signal });
    } catch (error) {
      if (timedOut() || signal?.aborted) throw error;
      throw new NetworkError(url, `Could not reach ${url} (offline or blocked).`, error);
    }
    if (!response.ok) throw new HttpError(url, response.status, response.statusText);
    try {
      return await readBody(response, combined?.signal ?? timeout.signal);
    } catch (error) {
      if (timedOut() || signal?.aborted) throw error;
      throw new NetworkError(url, `The transfer of ${url} broke off.`, error);
    }
  } catch (error) {
    if (timedOut()) throw new DataTimeoutError(url, limit);
    throw error;
  } finally {
    clearTimeout(timer);
    combined?.dispose();
  }
}

/** Read the body as text, giving up when `signal` aborts (not every fetch stops a body read). */
async function readBody(response: Response, signal: AbortSignal): Promise<string> {
  signal.throwIfAborted();
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([response.text(), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/** Fetch a JSON document; throws as fetchBody does, and DataFormatError on unparsable JSON. */
export async function fetchJson(
  url: string,
  signal?: AbortSignal,
  options: RequestOptions = {},
): Promise<unknown> {
  const text = await fetchBody(url, signal, options);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataFormatError(url, [
      `not valid JSON (${text.length} characters received; truncated?)`,
    ]);
  }
}

/** Fetch a text document (CSV); throws as fetchBody does. */
export function fetchText(
  url: string,
  signal?: AbortSignal,
  options: RequestOptions = {},
): Promise<string> {
  return fetchBody(url, signal, options);
}

/** Base URL of the bundled data files, respecting Vite's base path. */
// Under Vite, BASE_URL is the app's base path; plain Node scripts (tsx) have no import.meta.env.
const baseUrl = (import.meta.env as ImportMetaEnv | undefined)?.BASE_URL ?? '/';
export const DATA_BASE = `${baseUrl}data`;
