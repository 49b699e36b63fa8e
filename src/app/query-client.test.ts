// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DataFormatError, DataTimeoutError, HttpError, NetworkError } from '@/lib/fetch-json';
import { shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it.each<[string, Error, number, boolean]>([
    ['a server error, first failure', new HttpError('/data/x.json', 500, ''), 0, true],
    ['a server error, third failure', new HttpError('/data/x.json', 503, ''), 2, false],
    ['a missing file', new HttpError('/data/x.json', 404, ''), 0, false],
    ['a malformed file', new DataFormatError('/data/x.json', ['bad']), 0, false],
    [
      'a network failure',
      new NetworkError('/data/x.json', 'could not be reached', new Error('offline')),
      1,
      true,
    ],
  ])('%s', (_name, error, count, expected) => {
    expect(shouldRetry(count, error)).toBe(expected);
  });

  it('does not retry a timeout (the reader has already waited)', () => {
    expect(shouldRetry(0, new DataTimeoutError('/data/x.json', 15_000))).toBe(false);
  });
});
