// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/lib/i18n/locale';
import {
  DEFAULT_VIEW,
  EMPTY_FILTERS,
  type FilterState,
  type IgnoredParam,
  type UrlState,
  type ViewOptions,
} from '@/lib/filter-state';
import { MAX_IGNORED, canonicalSearch, parseUrlState, serializeUrlState } from './url-state';

function urlState(filters: Partial<FilterState> = {}, view: Partial<ViewOptions> = {}): UrlState {
  return { filters: { ...EMPTY_FILTERS, ...filters }, view: { ...DEFAULT_VIEW, ...view } };
}

const ig = (param: string, value: string, reason: string): IgnoredParam => ({
  param,
  value,
  reason,
});

describe('parseUrlState: valid links', () => {
  it.each<[string, string, UrlState]>([
    ['empty', '', urlState()],
    ['only a question mark', '?', urlState()],
    ['no leading question mark', 'donors=POL', urlState({ donors: ['POL'] })],
    ['donors in order', '?donors=POL~NOR~DEU', urlState({ donors: ['POL', 'NOR', 'DEU'] })],
    ['lower-case donors', '?donors=pol~Nor', urlState({ donors: ['POL', 'NOR'] })],
    ['EU institutions, lower case', '?donors=eu', urlState({ donors: ['EU'] })],
    ['encoded tilde', '?donors=POL%7ENOR', urlState({ donors: ['POL', 'NOR'] })],
    ['comma separated', '?donors=POL,NOR', urlState({ donors: ['POL', 'NOR'] })],
    ['instruments', '?instruments=purl~eu-loan', urlState({ instruments: ['purl', 'eu-loan'] })],
    ['upper-case instrument', '?instruments=PURL', urlState({ instruments: ['purl'] })],
    [
      'categories',
      '?categories=military~humanitarian',
      urlState({ categories: ['military', 'humanitarian'] }),
    ],
    ['month range', '?from=2025-08&to=2026-06', urlState({ from: '2025-08', to: '2026-06' })],
    [
      'full dates truncated',
      '?from=2025-08-14&to=2026-06-30',
      urlState({ from: '2025-08', to: '2026-06' }),
    ],
    ['open start', '?to=2026-06', urlState({ to: '2026-06' })],
    ['same month', '?from=2025-08&to=2025-08', urlState({ from: '2025-08', to: '2025-08' })],
    ['split by category', '?split=category', urlState({}, { split: 'category' })],
    ['split upper case', '?split=Category', urlState({}, { split: 'category' })],
    ['kiel by GDP', '?kiel=gdp', urlState({}, { kielMeasure: 'gdp' })],
    ['national donors only', '?donorview=national', urlState({}, { donorScope: 'national' })],
    ['national donors by GDP', '?donorview=gdp', urlState({}, { donorScope: 'gdp' })],
    ['defaults spelt out', '?split=instrument&kiel=eur', urlState()],
    ['empty values', '?donors=&from=&split=', urlState()],
    [
      'reserved params are not ours',
      '?scenario=slow&lang=de&slide=3&donors=POL',
      urlState({ donors: ['POL'] }),
    ],
    [
      'everything, any order',
      '?kiel=gdp&to=2026-06&donors=POL~NOR&split=category&categories=military&from=2025-08&instruments=purl',
      urlState(
        {
          donors: ['POL', 'NOR'],
          instruments: ['purl'],
          categories: ['military'],
          from: '2025-08',
          to: '2026-06',
        },
        { split: 'category', kielMeasure: 'gdp' },
      ),
    ],
  ])('%s: %s', (_name, search, expected) => {
    const result = parseUrlState(search);
    expect(result.state).toEqual(expected);
    expect(result.ignored).toEqual([]);
  });
});

describe('parseUrlState: junk is dropped and reported', () => {
  it.each<[string, string, UrlState, IgnoredParam[]]>([
    [
      'unknown donor',
      '?donors=POL~XXX~NOR',
      urlState({ donors: ['POL', 'NOR'] }),
      [ig('donors', 'XXX', 'unknown donor code')],
    ],
    [
      'duplicate donor',
      '?donors=POL~NOR~pol',
      urlState({ donors: ['POL', 'NOR'] }),
      [ig('donors', 'pol', 'listed twice')],
    ],
    [
      'only junk donors',
      '?donors=1~ZZ',
      urlState(),
      [ig('donors', '1', 'unknown donor code'), ig('donors', 'ZZ', 'unknown donor code')],
    ],
    [
      'unknown instrument',
      '?instruments=purl~tanks',
      urlState({ instruments: ['purl'] }),
      [ig('instruments', 'tanks', 'unknown instrument')],
    ],
    [
      'duplicate instrument',
      '?instruments=purl~PURL',
      urlState({ instruments: ['purl'] }),
      [ig('instruments', 'PURL', 'listed twice')],
    ],
    [
      'unknown category',
      '?categories=cyber',
      urlState(),
      [ig('categories', 'cyber', 'unknown category')],
    ],
    [
      'status is not a category',
      '?categories=pledged',
      urlState(),
      [ig('categories', 'pledged', 'unknown category')],
    ],
    [
      'month 13',
      '?from=2025-13',
      urlState(),
      [ig('from', '2025-13', 'not a month, expected YYYY-MM')],
    ],
    [
      'short month',
      '?to=2025-8',
      urlState(),
      [ig('to', '2025-8', 'not a month, expected YYYY-MM')],
    ],
    [
      'impossible day',
      '?from=2025-02-30',
      urlState(),
      [ig('from', '2025-02-30', 'not a real date')],
    ],
    ['year far off', '?to=9999-01', urlState(), [ig('to', '9999-01', 'year outside 2000–2099')]],
    [
      'reversed range is swapped',
      '?from=2026-06&to=2025-08',
      urlState({ from: '2025-08', to: '2026-06' }),
      [ig('from', '2026-06', 'later than to “2025-08”: the two were swapped')],
    ],
    [
      'bad split',
      '?split=donor',
      urlState(),
      [ig('split', 'donor', 'expected instrument or category')],
    ],
    [
      'bad kiel',
      '?kiel=usd&split=category',
      urlState({}, { split: 'category' }),
      [ig('kiel', 'usd', 'expected eur or gdp')],
    ],
    [
      'unknown parameter',
      '?utm_source=mail&donors=POL',
      urlState({ donors: ['POL'] }),
      [ig('utm_source', 'mail', 'unknown parameter')],
    ],
    [
      'parameter names are case-sensitive',
      '?Donors=POL',
      urlState(),
      [ig('Donors', 'POL', 'unknown parameter')],
    ],
    [
      'repeated parameter: first wins',
      '?donors=POL&donors=NOR',
      urlState({ donors: ['POL'] }),
      [ig('donors', 'NOR', 'given more than once: the first one is used')],
    ],
    ['empty first value does not block', '?from=&from=2025-08', urlState({ from: '2025-08' }), []],
    [
      'markup is data, not HTML',
      '?donors=<b>POL</b>',
      urlState(),
      [ig('donors', '<b>POL</b>', 'unknown donor code')],
    ],
    [
      'long echoed value is cut',
      `?foo=${'x'.repeat(100)}`,
      urlState(),
      [ig('foo', `${'x'.repeat(40)}…`, 'unknown parameter')],
    ],
    [
      'long parameter name is cut',
      `?${'k'.repeat(50)}=1`,
      urlState(),
      [ig(`${'k'.repeat(40)}…`, '1', 'unknown parameter')],
    ],
    [
      'value over 2,000 characters',
      `?donors=${'POL~'.repeat(501)}`,
      urlState(),
      [ig('donors', `${'POL~'.repeat(10)}…`, 'longer than 2,000 characters')],
    ],
  ])('%s: %s', (_name, search, expected, ignored) => {
    const result = parseUrlState(search);
    expect(result.state).toEqual(expected);
    expect(result.ignored).toEqual(ignored);
  });

  it('keeps at most 60 donors and reports the rest in one entry', () => {
    const codes = Array.from({ length: 62 }, (_, index) => (index % 2 === 0 ? 'POL' : 'NOR'));
    const result = parseUrlState(`?donors=${codes.join('~')}`);
    expect(result.state.filters.donors).toEqual(['POL', 'NOR']);
    expect(result.ignored[0]).toEqual(
      ig('donors', 'POL~NOR', 'more than 60 listed: the rest were dropped'),
    );
    // 58 repeats within the first 60, but the notice lists only MAX_IGNORED in all.
    expect(result.ignored).toHaveLength(MAX_IGNORED + 1);
    expect(result.ignored.at(-1)).toEqual(ig('…', '', `${1 + 58 - MAX_IGNORED} more not listed`));
  });

  it('strips control and bidi characters from echoed values', () => {
    const result = parseUrlState('?donors=%E2%80%AEXXX%0A');
    expect(result.ignored).toEqual([ig('donors', '\uFFFDXXX', 'unknown donor code')]);
  });
});

describe('serializeUrlState', () => {
  it.each<[string, UrlState, string]>([
    ['defaults', urlState(), ''],
    ['donors', urlState({ donors: ['POL', 'NOR', 'DEU'] }), '?donors=POL~NOR~DEU'],
    [
      'the documented example',
      urlState({
        donors: ['POL', 'NOR', 'DEU'],
        instruments: ['purl', 'eu-loan'],
        from: '2025-08',
        to: '2026-06',
      }),
      '?donors=POL~NOR~DEU&instruments=purl~eu-loan&from=2025-08&to=2026-06',
    ],
    ['categories', urlState({ categories: ['military', 'mixed'] }), '?categories=military~mixed'],
    ['only to', urlState({ to: '2026-06' }), '?to=2026-06'],
    ['split default left out', urlState({}, { split: 'instrument' }), ''],
    [
      'view options last',
      urlState({ from: '2025-01' }, { split: 'category', kielMeasure: 'gdp' }),
      '?from=2025-01&split=category&kiel=gdp',
    ],
    [
      'stable order',
      urlState(
        {
          to: '2026-01',
          categories: ['financial'],
          from: '2025-01',
          instruments: ['g7-era'],
          donors: ['EU'],
        },
        { kielMeasure: 'gdp' },
      ),
      '?donors=EU&instruments=g7-era&categories=financial&from=2025-01&to=2026-01&kiel=gdp',
    ],
  ])('%s', (_name, state, expected) => {
    expect(serializeUrlState(state)).toBe(expected);
  });

  it.each<UrlState>([
    urlState(),
    urlState({ donors: ['USA', 'EU', 'POL'] }),
    urlState(
      { instruments: ['nato-fund', 'purl'], categories: ['humanitarian'] },
      { split: 'category' },
    ),
    urlState({ from: '2022-01', to: '2022-01' }, { kielMeasure: 'gdp' }),
  ])('round-trips %j', (state) => {
    expect(parseUrlState(serializeUrlState(state))).toEqual({ state, ignored: [] });
  });
});

describe('canonicalSearch', () => {
  it.each([
    ['?to=2026-06-30&donors=pol~XXX~POL&lang=de', '?donors=POL&to=2026-06'],
    ['?split=instrument', ''],
    ['?from=2026-06&to=2025-08', '?from=2025-08&to=2026-06'],
    ['?donors=POL%7ENOR', '?donors=POL~NOR'],
  ])('%s -> %j', (search, expected) => {
    expect(canonicalSearch(search)).toBe(expected);
  });
});

describe('parseUrlState: reasons in German', () => {
  afterEach(() => setLocale('en'));
  it.each<[string, string, IgnoredParam[]]>([
    ['unknown donor', '?donors=XXX~POL', [ig('donors', 'XXX', 'unbekannter Geberländercode')]],
    ['repeated donor', '?donors=POL~pol', [ig('donors', 'pol', 'doppelt angegeben')]],
    [
      'unknown instrument',
      '?instruments=junk',
      [ig('instruments', 'junk', 'unbekanntes Instrument')],
    ],
    ['unknown category', '?categories=x', [ig('categories', 'x', 'unbekannte Kategorie')]],
    ['bad month', '?from=2025-13', [ig('from', '2025-13', 'kein Monat, erwartet: JJJJ-MM')]],
    ['impossible day', '?to=2025-02-30', [ig('to', '2025-02-30', 'kein gültiges Datum')]],
    ['bad choice', '?split=x', [ig('split', 'x', 'erwartet: instrument oder category')]],
    ['unknown parameter', '?sort=nonsense', [ig('sort', 'nonsense', 'unbekannter Parameter')]],
    [
      'given twice',
      '?kiel=gdp&kiel=eur',
      [ig('kiel', 'eur', 'mehrfach angegeben: der erste Wert gilt')],
    ],
    [
      'reversed range',
      '?from=2026-01&to=2025-08',
      [ig('from', '2026-01', 'später als to „2025-08“: die beiden Werte wurden vertauscht')],
    ],
    [
      'too long, German thousands separator',
      `?donors=${'A'.repeat(2001)}`,
      [ig('donors', `${'A'.repeat(40)}…`, 'länger als 2.000 Zeichen')],
    ],
  ])('%s', (_name, search, ignored) => {
    setLocale('de');
    expect(parseUrlState(search).ignored).toEqual(ignored);
  });

  it('counts what is not listed, and says how many donors are too many', () => {
    setLocale('de');
    const junk = Array.from({ length: MAX_IGNORED + 3 }, (_, i) => `x${i}=1`).join('&');
    expect(parseUrlState(`?${junk}`).ignored.at(-1)).toEqual(
      ig('…', '', '3 weitere, nicht einzeln genannt'),
    );
    const donors = Array.from({ length: 61 }, () => 'POL').join('~');
    expect(parseUrlState(`?donors=${donors}`).ignored[0]?.reason).toBe(
      'mehr als 60 angegeben: der Rest wurde verworfen',
    );
  });
});
