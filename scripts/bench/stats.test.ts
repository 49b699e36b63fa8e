// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  formatTable,
  initialAssetPath,
  initialAssetPaths,
  median,
  mediansBy,
  pledgeLinesIn,
  ratio,
  summaryRows,
  totalGzipBytes,
} from './stats.mjs';

describe('median', () => {
  it.each([
    { values: [5], expected: 5 },
    { values: [3, 1, 2], expected: 2 },
    { values: [4, 1, 3, 2], expected: 2.5 },
    { values: [10, 300, 20, 30, 40], expected: 30 },
    { values: [7, Number.NaN, 9], expected: 8 },
  ])('$values -> $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
});

describe('ratio', () => {
  it.each([
    { app: 300, baseline: 200, expected: 1.5 },
    { app: 1, baseline: 3, expected: 0.33 },
    { app: 200, baseline: 200, expected: 1 },
    { app: 5, baseline: 0, expected: null },
    { app: Number.NaN, baseline: 2, expected: null },
  ])('$app / $baseline -> $expected', ({ app, baseline, expected }) => {
    expect(ratio(app, baseline)).toBe(expected);
  });
});

const origin = 'http://127.0.0.1:4173';

describe('initialAssetPath', () => {
  it.each([
    { url: `${origin}/assets/index-abc.js`, expected: '/assets/index-abc.js' },
    { url: `${origin}/assets/index-abc.css?v=2`, expected: '/assets/index-abc.css' },
    { url: `${origin}/assets/chunk.mjs#x`, expected: '/assets/chunk.mjs' },
    { url: `${origin}/data/pledges.json`, expected: null },
    { url: `${origin}/`, expected: null },
    { url: 'http://127.0.0.1:9999/assets/index.js', expected: null },
    { url: 'not a url', expected: null },
  ])('$url -> $expected', ({ url, expected }) => {
    expect(initialAssetPath(url, origin)).toBe(expected);
  });
});

describe('initialAssetPaths', () => {
  it('keeps JS/CSS requested up to the first chart, once each, in request order', () => {
    const entries = [
      { name: `${origin}/assets/late-chunk.js`, startTime: 400 },
      { name: `${origin}/assets/index.css`, startTime: 12 },
      { name: `${origin}/assets/index.js`, startTime: 10 },
      { name: `${origin}/data/pledges.json`, startTime: 150 },
      { name: `${origin}/assets/charts.js`, startTime: 160 },
      { name: `${origin}/assets/index.js`, startTime: 170 },
    ];
    expect(initialAssetPaths(entries, origin, 300)).toEqual([
      '/assets/index.js',
      '/assets/index.css',
      '/assets/charts.js',
    ]);
    expect(initialAssetPaths(entries, origin, 11)).toEqual(['/assets/index.js']);
  });
});

describe('totalGzipBytes', () => {
  it('sums gzip sizes', () => {
    const files = [
      { path: '/a.js', bytes: 1000, gzipBytes: 300 },
      { path: '/b.css', bytes: 200, gzipBytes: 90 },
    ];
    expect(totalGzipBytes(files)).toBe(390);
    expect(totalGzipBytes([])).toBe(0);
  });
});

describe('formatTable and summaryRows', () => {
  it('aligns columns: first left, the rest right', () => {
    expect(
      formatTable([
        ['a', 'bb'],
        ['ccc', 'd'],
      ]),
    ).toBe(['a    bb', '---  --', 'ccc   d'].join('\n'));
  });

  it('formats each unit and the ratio', () => {
    const rows = summaryRows([
      { label: 'initial JS+CSS gzip', unit: 'kB', app: 250_000, baseline: 200_000 },
      { label: 'first chart', unit: 'ms', app: 412.4, baseline: 316.6 },
      { label: 'JS heap', unit: 'MB', app: 12_340_000, baseline: 0 },
    ]);
    expect(rows).toEqual([
      ['metric', 'app', 'baseline', 'app/baseline'],
      ['initial JS+CSS gzip', '250.0 kB', '200.0 kB', '1.25x'],
      ['first chart', '412 ms', '317 ms', '1.30x'],
      ['JS heap', '12.3 MB', '0.0 MB', '–'],
    ]);
  });
});

describe('pledgeLinesIn', () => {
  it.each([
    { text: 'Donors\n42\n100000 pledge lines\nLatest pledge', expected: 100_000 },
    { text: 'Donors\n27\n6,452 pledge lines', expected: 6452 },
    { text: '52 pledge lines', expected: 52 },
    { text: 'Donors4210000 pledge lines', expected: null },
    { text: 'No pledge in this filter', expected: null },
    { text: null, expected: null },
  ])('$text -> $expected', ({ text, expected }) => {
    expect(pledgeLinesIn(text)).toBe(expected);
  });
});

describe('mediansBy', () => {
  it('groups by key in first-seen order and takes each median', () => {
    const samples = [
      { preset: 'EU-27', ms: 30 },
      { preset: 'G7', ms: 10 },
      { preset: 'EU-27', ms: 50 },
      { preset: 'G7', ms: 20 },
      { preset: 'G7', ms: 90 },
    ];
    const medians = mediansBy(
      samples,
      (sample) => sample.preset,
      (sample) => sample.ms,
    );
    expect(medians).toEqual({ 'EU-27': 40, G7: 20 });
    expect(Object.keys(medians)).toEqual(['EU-27', 'G7']);
  });
});
