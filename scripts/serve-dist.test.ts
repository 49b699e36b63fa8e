// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  EMBED_CONTENT_SECURITY_POLICY,
  contentSecurityPolicyFor,
  mimeType,
  safeRelativePath,
  serveDist,
  type ServedDist,
} from './serve-dist.mjs';

describe('mimeType', () => {
  it.each([
    ['app.js', 'text/javascript; charset=utf-8'],
    ['style.CSS', 'text/css; charset=utf-8'],
    ['pledges.json', 'application/json; charset=utf-8'],
    ['data.csv', 'text/csv; charset=utf-8'],
    ['notes.txt', 'text/plain; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['shot.png', 'image/png'],
    ['font.woff2', 'font/woff2'],
    ['index.html', 'text/html; charset=utf-8'],
    ['blob.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s -> %s', (fileName, expected) => {
    expect(mimeType(fileName)).toBe(expected);
  });
});

describe('safeRelativePath', () => {
  it.each([
    ['/', ''],
    ['/index.html', 'index.html'],
    ['/assets/app.js?v=1#x', 'assets/app.js'],
    ['/data/Kiel%20tracker.csv', 'data/Kiel tracker.csv'],
    ['//double//slash/', 'double/slash'],
    ['/./a/./b', 'a/b'],
    ['/../etc/passwd', null],
    ['/%2e%2e/etc/passwd', null],
    ['/assets/%2E%2E/%2E%2E/secret', null],
    ['/a%5C..%5Csecret', null],
    ['/a%00b', null],
    ['/%E0%A4%A', null],
  ])('%s -> %s', (url, expected) => {
    expect(safeRelativePath(url)).toBe(expected);
  });
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with the path sent exactly as given (fetch would normalise `..` away). */
function rawGet(baseUrl: string, rawPath: string, method = 'GET'): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveDist', () => {
  let parent = '';
  let served: ServedDist;

  beforeAll(async () => {
    parent = await mkdtemp(path.join(tmpdir(), 'serve-dist-'));
    const root = path.join(parent, 'dist');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await mkdir(path.join(root, 'data'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>shell</title>');
    await writeFile(path.join(root, 'assets', 'app-123.js'), 'console.log(1);');
    await writeFile(path.join(root, 'data', 'pledges.csv'), 'id,amount\nP001,5\n');
    await writeFile(path.join(parent, 'secret.txt'), 'top secret');
    served = await serveDist({ root, port: 0 });
  });

  afterAll(async () => {
    await served.close();
    await rm(parent, { recursive: true, force: true });
  });

  it('listens on a free port when asked for port 0', () => {
    expect(served.port).toBeGreaterThan(0);
    expect(served.url).toBe(`http://127.0.0.1:${served.port}`);
  });

  it.each([
    { path: '/', status: 200, type: 'text/html; charset=utf-8', body: 'shell', csp: true },
    {
      path: '/index.html',
      status: 200,
      type: 'text/html; charset=utf-8',
      body: 'shell',
      csp: true,
    },
    {
      path: '/assets/app-123.js',
      status: 200,
      type: 'text/javascript; charset=utf-8',
      body: 'console.log',
      csp: false,
    },
    {
      path: '/data/pledges.csv',
      status: 200,
      type: 'text/csv; charset=utf-8',
      body: 'P001',
      csp: false,
    },
    {
      path: '/some/client/route',
      status: 200,
      type: 'text/html; charset=utf-8',
      body: 'shell',
      csp: true,
    },
    {
      path: '/briefing?donors=POL',
      status: 200,
      type: 'text/html; charset=utf-8',
      body: 'shell',
      csp: true,
    },
    {
      path: '/assets/missing.js',
      status: 404,
      type: 'text/plain; charset=utf-8',
      body: 'Not found',
      csp: false,
    },
    {
      path: '/data/missing.json',
      status: 404,
      type: 'text/plain; charset=utf-8',
      body: 'Not found',
      csp: false,
    },
    {
      path: '/../secret.txt',
      status: 400,
      type: 'text/plain; charset=utf-8',
      body: 'Bad request',
      csp: false,
    },
    {
      path: '/%2e%2e/secret.txt',
      status: 400,
      type: 'text/plain; charset=utf-8',
      body: 'Bad request',
      csp: false,
    },
    {
      path: '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      status: 400,
      type: 'text/plain; charset=utf-8',
      body: 'Bad request',
      csp: false,
    },
  ])('GET $path -> $status', async ({ path: rawPath, status, type, body, csp }) => {
    const response = await rawGet(served.url, rawPath);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toBe(type);
    expect(response.body).toContain(body);
    expect(response.body).not.toContain('top secret');
    expect(response.headers['content-security-policy']).toBe(
      csp ? CONTENT_SECURITY_POLICY : undefined,
    );
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await rawGet(served.url, '/assets/app-123.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String('console.log(1);'.length));
    expect(head.body).toBe('');
    const post = await rawGet(served.url, '/', 'POST');
    expect(post.status).toBe(405);
  });

  it('sends the strict policy the app is built for', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self' 'unsafe-inline';");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('lets other sites frame only the chart-only embed view', () => {
    expect(contentSecurityPolicyFor('/?donors=POL')).toBe(CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicyFor('/?embed=0&chart=x')).toBe(CONTENT_SECURITY_POLICY);
    const embed = contentSecurityPolicyFor('/?embed=1&chart=pledges-by-donor');
    expect(embed).toBe(EMBED_CONTENT_SECURITY_POLICY);
    expect(embed).toContain('frame-ancestors *');
    expect(embed).not.toContain("frame-ancestors 'self'");
    expect(embed.replace('frame-ancestors *', '')).toBe(
      CONTENT_SECURITY_POLICY.replace("frame-ancestors 'self'", ''),
    );
  });

  it('refuses to serve a folder that does not exist', async () => {
    await expect(serveDist({ root: path.join(parent, 'nope') })).rejects.toThrow(/not a folder/);
  });
});
