// A tiny dependency-free static server for a built dist/ folder (e2e tests, screenshots, bench).
//   import { serveDist } from './serve-dist.mjs'; const { url, close } = await serveDist({ root: 'dist', port: 0 });
//   node scripts/serve-dist.mjs dist --port 4173   (what `npm start` runs after the build; PORT=N works too)
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Sent with every HTML response. Recharts sets inline style attributes, hence 'unsafe-inline' for styles only. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
  "form-action 'self'",
].join('; ');

/**
 * For the chart-only embed view (`?embed=1`): the same policy, but any site may frame the page.
 * Only this view can be framed by other sites; the full dashboard stays `frame-ancestors 'self'`.
 */
export const EMBED_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "frame-ancestors 'self'",
  'frame-ancestors *',
);

/** The policy for an HTML response to `requestUrl` (path and query). */
export function contentSecurityPolicyFor(requestUrl) {
  const query = new URL(requestUrl ?? '/', 'http://localhost').searchParams;
  return query.get('embed') === '1' ? EMBED_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
}

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** MIME type for a file name; unknown extensions are served as bytes. */
export function mimeType(fileName) {
  return MIME_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Turn a request URL into a path relative to the served root, or null when it must be refused
 * (undecodable, NUL byte, backslash, or a `..` segment after decoding).
 */
export function safeRelativePath(requestUrl) {
  const pathname = (requestUrl ?? '/').split(/[?#]/, 1)[0] ?? '/';
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..')) return null;
  return segments.filter((segment) => segment !== '' && segment !== '.').join('/');
}

async function fileIfExists(filePath) {
  try {
    const info = await stat(filePath);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

function sendText(response, status, text, extraHeaders = {}) {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    ...extraHeaders,
  });
  response.end(text);
}

function sendFile(request, response, filePath, size) {
  const type = mimeType(filePath);
  const headers = {
    'Content-Type': type,
    'Content-Length': String(size),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
  if (type.startsWith('text/html')) {
    headers['Content-Security-Policy'] = contentSecurityPolicyFor(request.url);
  }
  response.writeHead(200, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(filePath);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}

async function resolveFile(root, relative) {
  const target = path.resolve(root, relative);
  if (target !== root && !target.startsWith(root + path.sep)) return { kind: 'forbidden' };
  const direct = await fileIfExists(target);
  if (direct) return { kind: 'file', filePath: target, size: direct.size };
  const indexPath = path.join(target, 'index.html');
  const index = await fileIfExists(indexPath);
  if (index) return { kind: 'file', filePath: indexPath, size: index.size };
  const lastSegment = relative.split('/').pop() ?? '';
  if (path.extname(lastSegment) !== '') return { kind: 'missing' };
  // SPA fallback: a client-side route without an extension gets the app shell.
  const shellPath = path.join(root, 'index.html');
  const shell = await fileIfExists(shellPath);
  return shell ? { kind: 'file', filePath: shellPath, size: shell.size } : { kind: 'missing' };
}

function createHandler(root) {
  return async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    const relative = safeRelativePath(request.url);
    if (relative === null) {
      sendText(response, 400, 'Bad request\n');
      return;
    }
    const found = await resolveFile(root, relative);
    if (found.kind === 'forbidden') sendText(response, 400, 'Bad request\n');
    else if (found.kind === 'missing') sendText(response, 404, 'Not found\n');
    else sendFile(request, response, found.filePath, found.size);
  };
}

/**
 * Serve a built folder on 127.0.0.1. `port: 0` picks a free port.
 * @param {{ root: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function serveDist({ root, port = 0, host = '127.0.0.1' }) {
  const absoluteRoot = path.resolve(root);
  const rootInfo = await stat(absoluteRoot).catch(() => null);
  if (!rootInfo?.isDirectory())
    throw new Error(`serveDist: ${root} is not a folder (build first?)`);
  const handler = createHandler(absoluteRoot);
  const server = createServer((request, response) => {
    handler(request, response).catch((error) => {
      if (!response.headersSent) sendText(response, 500, `Internal error: ${String(error)}\n`);
      else response.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve(undefined)));
        server.closeAllConnections();
      }),
  };
}

export const DEFAULT_PORT = 4173;
const USAGE =
  'usage: node scripts/serve-dist.mjs [root=dist] [--port N] [--host H]  (or PORT=N, HOST=H; port 4173 by default)';

/**
 * The command line of `npm start` / `npm run preview` (they end in `node scripts/serve-dist.mjs dist`,
 * so `npm start -- --port 8080` lands here). A flag wins over the environment (PORT, HOST), which
 * wins over the defaults (port 4173, 127.0.0.1); an empty variable counts as unset. A second positional argument is the port, as before.
 * @param {readonly string[]} argv
 * @param {Record<string, string | undefined>} env
 * @returns {{ root: string, port: number, host: string } | { error: string }}
 */
export function parseServeArgs(argv, env = {}) {
  const positional = [];
  const flags = {};
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const match = /^--(port|host)(?:=(.*))?$/.exec(arg);
    if (match) {
      const value = match[2] ?? argv[(index += 1)];
      if (value === undefined) return { error: `${arg} needs a value. ${USAGE}` };
      flags[match[1]] = value;
    } else if (arg.startsWith('-')) {
      return { error: `unknown option ${arg}. ${USAGE}` };
    } else {
      positional.push(arg);
    }
  }
  if (positional.length > 2) return { error: `too many arguments. ${USAGE}` };
  const [root = 'dist', portArg] = positional;
  const portText = flags.port ?? portArg ?? (env.PORT || String(DEFAULT_PORT));
  const port = /^\d+$/.test(portText) ? Number(portText) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    return { error: `port "${portText}" is not a number from 0 to 65535. ${USAGE}` };
  }
  const host = flags.host ?? (env.HOST || '127.0.0.1');
  return { root, port, host };
}

async function main(argv) {
  const options = parseServeArgs(argv, process.env);
  if ('error' in options) {
    console.error(options.error);
    process.exit(2);
  }
  const served = await serveDist(options).catch((error) => {
    if (error?.code === 'EADDRINUSE') {
      throw new Error(
        `port ${options.port} is in use; choose another: PORT=8080 npm start, or npm start -- --port 8080`,
      );
    }
    throw error;
  });
  console.log(
    `Serving ${options.root} at ${served.url}/ with the deployment's Content-Security-Policy (Ctrl+C to stop)`,
  );
  const stop = () => {
    served.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const isMain =
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
