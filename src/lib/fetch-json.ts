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
  readonly problems: string[];
  constructor(url: string, problems: string[]) {
    super(`${url} is malformed: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (+${problems.length - 3} more)` : ''}`);
    this.name = 'DataFormatError';
    this.url = url;
    this.problems = problems;
  }
}

async function fetchOk(url: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new Error(`Could not reach ${url} (offline or blocked).`, { cause: error });
  }
  if (!response.ok) throw new HttpError(url, response.status, response.statusText);
  return response;
}

/** Fetch a JSON document; throws HttpError on !ok and DataFormatError on unparsable JSON. */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetchOk(url, signal);
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataFormatError(url, [`not valid JSON (${text.length} characters received; truncated?)`]);
  }
}

/** Fetch a text document (CSV); throws HttpError on !ok. */
export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  const response = await fetchOk(url, signal);
  return response.text();
}

/** Base URL of the bundled data files, respecting Vite's base path. */
export const DATA_BASE = `${import.meta.env.BASE_URL}data`;
