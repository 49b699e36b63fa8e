// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { DataFormatError, DataTimeoutError, HttpError, NetworkError } from '@/lib/fetch-json';
import { setLocale } from '@/lib/i18n/locale';
import { describeLoadError, describeSeconds } from './load-state';

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

describe('load messages in German', () => {
  afterEach(() => setLocale('en'));
  it.each([
    [15_000, 'en', '15 seconds'],
    [1_000, 'en', '1 second'],
    [1_500, 'en', '1.5 seconds'],
    [15_000, 'de', '15 Sekunden'],
    [1_000, 'de', '1 Sekunde'],
    [1_500, 'de', '1,5 Sekunden'],
  ] as const)('%d ms in %s: %s', (ms, locale, expected) => {
    setLocale(locale);
    expect(describeSeconds(ms)).toBe(expected);
  });

  it('a timeout is described in German', () => {
    setLocale('de');
    expect(describeLoadError(new DataTimeoutError(URL, 15_000))).toBe(
      'Die Datendatei /data/pledges.json kam nicht rechtzeitig an (nicht innerhalb von 15 Sekunden); der Server oder die Verbindung ist möglicherweise langsam.',
    );
  });
});
