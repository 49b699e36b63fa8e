import { http, HttpResponse } from 'msw';

/** Reads the real content of a bundled data file, by its path below data/ (e.g. "pledges.json"). */
export type ReadDataFile = (path: string, request: Request) => Promise<string>;

/** What a scenario does to one data file: serve it, alter it, or fail. */
export type FileTransform = (
  path: string,
  request: Request,
  read: ReadDataFile,
) => Promise<Response>;

const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream';
}

/** Serve the file as it is. */
export const serveAsIs: FileTransform = async (path, request, read) =>
  new HttpResponse(await read(path, request), {
    headers: { 'Content-Type': contentTypeFor(path) },
  });

/** The path of a data file below `data/` in a request URL, or null. */
export function dataPath(url: string): string | null {
  const match = /\/data\/(.+)$/.exec(new URL(url).pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/**
 * One handler for every file below data/: the same contract the production app reads from
 * public/data, optionally transformed by a scenario.
 */
export function dataFileHandlers(read: ReadDataFile, transform: FileTransform = serveAsIs) {
  return [
    http.get('*/data/*', async ({ request }) => {
      const path = dataPath(request.url);
      if (!path) return new HttpResponse(null, { status: 404 });
      return transform(path, request, read);
    }),
  ];
}
