// @vitest-environment node
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DataFormatError,
  DataTimeoutError,
  fetchJson,
  fetchText,
  formatSeconds,
  HttpError,
  NetworkError,
  setDataTimeout,
} from './fetch-json';

const BASE = 'http://data.test';
const stalledBody = () =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"a":'));
    },
  });

const server = setupServer(
  http.get(`${BASE}/ok.json`, () => HttpResponse.json({ a: 1 })),
  http.get(`${BASE}/ok.csv`, () => HttpResponse.text('a,b\n1,2\n')),
  http.get(`${BASE}/bad.json`, () => HttpResponse.text('{"a":')),
  http.get(`${BASE}/missing.json`, () => new HttpResponse('no', { status: 404 })),
  http.get(`${BASE}/offline.json`, () => HttpResponse.error()),
  http.get(`${BASE}/slow.json`, async () => {
    await delay(1_000);
    return HttpResponse.json({ a: 1 });
  }),
  http.get(`${BASE}/stalled.json`, () => new HttpResponse(stalledBody())),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('fetchJson', () => {
  it.each([
    ['a JSON file', 'ok.json', { a: 1 }],
    ['a slow file within the limit', 'slow.json', { a: 1 }, 5_000],
  ])('reads %s', async (_name, path, expected, timeoutMs?: number) => {
    await expect(fetchJson(`${BASE}/${path}`, undefined, { timeoutMs })).resolves.toEqual(expected);
  });

  it.each([
    ['cut-off JSON', 'bad.json', DataFormatError, /malformed: not valid JSON \(5 characters/],
    ['a 404', 'missing.json', HttpError, /answered 404/],
    ['no connection', 'offline.json', NetworkError, /Could not reach .*offline\.json/],
    [
      'no answer in time',
      'slow.json',
      DataTimeoutError,
      /slow\.json took too long: not received within 0\.1 seconds/,
    ],
    ['a body that stops arriving', 'stalled.json', DataTimeoutError, /stalled\.json took too long/],
  ] as const)('throws for %s', async (_name, path, type, message) => {
    const request = fetchJson(`${BASE}/${path}`, undefined, { timeoutMs: 100 });
    await expect(request).rejects.toBeInstanceOf(type);
    await expect(request).rejects.toThrow(message);
  });

  it('uses the timeout set with setDataTimeout, and restores it', async () => {
    const restore = setDataTimeout(50);
    const error = await fetchJson(`${BASE}/slow.json`).catch((e: unknown) => e);
    restore();
    expect(error).toBeInstanceOf(DataTimeoutError);
    expect((error as DataTimeoutError).timeoutMs).toBe(50);
  });

  it('passes a cancellation by the caller on, not as a timeout or a network error', async () => {
    const caller = new AbortController();
    const request = fetchJson(`${BASE}/slow.json`, caller.signal, { timeoutMs: 5_000 });
    caller.abort();
    const error = await request.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(DataTimeoutError);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('times out while the caller signal is still live', async () => {
    const caller = new AbortController();
    const request = fetchJson(`${BASE}/slow.json`, caller.signal, { timeoutMs: 50 });
    await expect(request).rejects.toBeInstanceOf(DataTimeoutError);
    expect(caller.signal.aborted).toBe(false);
  });
});

describe('fetchText', () => {
  it('reads text, and times out like fetchJson', async () => {
    await expect(fetchText(`${BASE}/ok.csv`)).resolves.toBe('a,b\n1,2\n');
    await expect(
      fetchText(`${BASE}/slow.json`, undefined, { timeoutMs: 50 }),
    ).rejects.toBeInstanceOf(DataTimeoutError);
  });
});

describe('formatSeconds', () => {
  it.each([
    [15_000, '15 seconds'],
    [1_000, '1 second'],
    [1_500, '1.5 seconds'],
    [100, '0.1 seconds'],
    [120_000, '120 seconds'],
  ])('%i ms -> %s', (ms, expected) => {
    expect(formatSeconds(ms)).toBe(expected);
  });
});
