// @vitest-environment node
// The command line behind `npm start` and `npm run preview`: how the port and host are chosen, and
// that the process really serves with the deployment's Content-Security-Policy on the port asked for.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, DEFAULT_PORT, parseServeArgs } from './serve-dist.mjs';

const script = path.resolve(import.meta.dirname, 'serve-dist.mjs');

describe('parseServeArgs', () => {
  it.each([
    [
      'defaults: dist on 4173, local only',
      ['dist'],
      {},
      { root: 'dist', port: 4173, host: '127.0.0.1' },
    ],
    ['no arguments at all', [], {}, { root: 'dist', port: DEFAULT_PORT, host: '127.0.0.1' }],
    [
      'PORT from the environment',
      ['dist'],
      { PORT: '8080' },
      { root: 'dist', port: 8080, host: '127.0.0.1' },
    ],
    [
      '--port N (npm start -- --port N)',
      ['dist', '--port', '9000'],
      {},
      { root: 'dist', port: 9000, host: '127.0.0.1' },
    ],
    ['--port=N', ['dist', '--port=9001'], {}, { root: 'dist', port: 9001, host: '127.0.0.1' }],
    [
      'the flag wins over PORT',
      ['dist', '--port', '9002'],
      { PORT: '8080' },
      { root: 'dist', port: 9002, host: '127.0.0.1' },
    ],
    [
      'the old positional port',
      ['out', '5000'],
      {},
      { root: 'out', port: 5000, host: '127.0.0.1' },
    ],
    [
      '--host and HOST',
      ['dist', '--host', '0.0.0.0'],
      { HOST: '::1' },
      { root: 'dist', port: 4173, host: '0.0.0.0' },
    ],
    [
      'empty PORT and HOST are unset',
      ['dist'],
      { PORT: '', HOST: '' },
      { root: 'dist', port: 4173, host: '127.0.0.1' },
    ],
    ['HOST alone', ['dist'], { HOST: '0.0.0.0' }, { root: 'dist', port: 4173, host: '0.0.0.0' }],
    [
      'port 0 picks a free port',
      ['dist', '--port', '0'],
      {},
      { root: 'dist', port: 0, host: '127.0.0.1' },
    ],
  ])('%s', (_name, argv, env, expected) => {
    expect(parseServeArgs(argv, env)).toEqual(expected);
  });

  it.each([
    [['dist', '--port', 'abc'], {}, 'port "abc"'],
    [['dist', '--port', '70000'], {}, 'port "70000"'],
    [['dist', '--port', '-1'], {}, 'port "-1"'],
    [['dist'], { PORT: '80.5' }, 'port "80.5"'],
    [['dist', '--port'], {}, '--port needs a value'],
    [['dist', '--strictPort'], {}, 'unknown option --strictPort'],
    [['dist', '1', '2'], {}, 'too many arguments'],
  ])('refuses %j %j', (argv, env, says) => {
    const result = parseServeArgs(argv, env);
    if (!('error' in result)) throw new Error(`expected an error, got ${JSON.stringify(result)}`);
    expect(result.error).toContain(says);
    expect(result.error).toContain('usage:');
  });
});

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

/** Start the CLI; resolve with its first stdout line, or reject with its stderr when it exits. */
function startCli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, PORT: '', HOST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const firstLine = new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0] ?? '');
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`exit ${code}: ${err.trim()}`)));
  });
  return { child, firstLine };
}

describe('node scripts/serve-dist.mjs (what npm start runs)', () => {
  let root = '';
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'serve-dist-cli-'));
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
  });
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGTERM');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it.each([
    ['PORT', (port: number) => ({ args: [], env: { PORT: String(port) } })],
    ['--port', (port: number) => ({ args: ['--port', String(port)], env: { PORT: 'ignored' } })],
  ])('serves on the port chosen with %s, with the CSP header', async (_how, choose) => {
    const port = await freePort();
    const { args, env } = choose(port);
    const { child, firstLine } = startCli([root, ...args], env);
    children.push(child);
    expect(await firstLine).toContain(`http://127.0.0.1:${port}/`);
    const response = await fetch(`http://127.0.0.1:${port}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('stops with a line that says how to choose another port when the port is taken', async () => {
    const port = await freePort();
    const first = startCli([root, '--port', String(port)], {});
    children.push(first.child);
    await first.firstLine;
    const second = startCli([root, '--port', String(port)], {});
    children.push(second.child);
    await expect(second.firstLine).rejects.toThrow(
      `exit 1: port ${port} is in use; choose another: PORT=8080 npm start, or npm start -- --port 8080`,
    );
  });
});
