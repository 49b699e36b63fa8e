import { describe, expect, it } from 'vitest';
import { DataFormatError, DataTimeoutError, HttpError, NetworkError } from '@/lib/fetch-json';
import { describeLoadError } from './load-state';

const URL = '/data/pledges.json';

describe('describeLoadError', () => {
  it.each([
    [
      '404',
      new HttpError(URL, 404, 'Not Found'),
      'The data file /data/pledges.json was not found (404).',
    ],
    ['500', new HttpError(URL, 500, ''), 'The data server answered 500 for /data/pledges.json.'],
    [
      'offline',
      new NetworkError(
        URL,
        `Could not reach ${URL} (offline or blocked).`,
        new TypeError('Failed to fetch'),
      ),
      'The data file /data/pledges.json could not be reached: the connection may be offline, or the request was blocked.',
    ],
    [
      'timeout',
      new DataTimeoutError(URL, 15_000),
      'The data file /data/pledges.json took too long to arrive (not received within 15 seconds); the server or the connection may be slow.',
    ],
    [
      'malformed, more than three problems',
      new DataFormatError(URL, ['a', 'b', 'c', 'd', 'e']),
      'The data file /data/pledges.json is malformed: a; b; c (and 2 more problems).',
    ],
    [
      'a platform timeout',
      new DOMException('timed out', 'TimeoutError'),
      'The data took too long to arrive.',
    ],
    ['anything else', new Error('odd'), 'odd'],
    ['an error without message', new Error(''), 'The data could not be loaded.'],
  ])('%s', (_name, error, expected) => {
    expect(describeLoadError(error)).toBe(expected);
  });
});
