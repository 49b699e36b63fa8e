// Pure helpers for the benchmark: medians, ratios, which resources count as "initial", the table.

/** Median of a list of numbers (mean of the two middle values for an even count); NaN when empty. */
export function median(values) {
  const finite = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const middle = Math.floor(finite.length / 2);
  return finite.length % 2 === 1 ? finite[middle] : (finite[middle - 1] + finite[middle]) / 2;
}

/** app / baseline rounded to 2 decimals, or null when it cannot be computed. */
export function ratio(app, baseline) {
  if (!Number.isFinite(app) || !Number.isFinite(baseline) || baseline === 0) return null;
  return Math.round((app / baseline) * 100) / 100;
}

/**
 * The path of a same-origin .js or .css resource (without query or hash), or null for anything
 * else (documents, data files, images, other origins).
 */
export function initialAssetPath(resourceUrl, origin) {
  let parsed;
  try {
    parsed = new URL(resourceUrl);
  } catch {
    return null;
  }
  if (parsed.origin !== origin) return null;
  return /\.(?:js|mjs|css)$/i.test(parsed.pathname) ? parsed.pathname : null;
}

/**
 * Resource Timing entries ({ name, startTime }) of the JS and CSS the page asked for before the
 * first chart appeared, as unique paths in request order.
 */
export function initialAssetPaths(entries, origin, firstChartMs) {
  const paths = [];
  for (const entry of [...entries].sort((a, b) => a.startTime - b.startTime)) {
    if (entry.startTime > firstChartMs) continue;
    const assetPath = initialAssetPath(entry.name, origin);
    if (assetPath !== null && !paths.includes(assetPath)) paths.push(assetPath);
  }
  return paths;
}

/** "100000 pledge lines" / "6,452 pledge lines" in the headline's text -> 100000 / 6452, else null. */
export function pledgeLinesIn(text) {
  const match = /(?:^|\s)([\d,]+)\s+pledge lines/.exec(text ?? '');
  return match?.[1] ? Number(match[1].replaceAll(',', '')) : null;
}

/** Median of `value(item)` per `key(item)`, keys in first-seen order. */
export function mediansBy(items, key, value) {
  const groups = new Map();
  for (const item of items) {
    const name = key(item);
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name).push(value(item));
  }
  return Object.fromEntries([...groups].map(([name, values]) => [name, median(values)]));
}

/** Sum of the `gzipBytes` of a list of files. */
export function totalGzipBytes(files) {
  return files.reduce((sum, file) => sum + file.gzipBytes, 0);
}

/** Render rows of cells as an aligned plain-text table (first row = header). */
export function formatTable(rows) {
  const widths = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, String(cell).length);
    });
  }
  const line = (row) =>
    row
      .map((cell, index) =>
        index === 0 ? String(cell).padEnd(widths[index]) : String(cell).padStart(widths[index]),
      )
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  if (!header) return '';
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...body.map(line)].join('\n');
}

const formatters = {
  kB: (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : '–'),
  MB: (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1e6).toFixed(1)} MB` : '–'),
  ms: (ms) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : '–'),
};

/**
 * The summary table: one row per metric with the app's value, the baseline's and app/baseline.
 * `metrics` is a list of { label, unit: 'kB' | 'MB' | 'ms', app, baseline }.
 */
export function summaryRows(metrics) {
  return [
    ['metric', 'app', 'baseline', 'app/baseline'],
    ...metrics.map(({ label, unit, app, baseline }) => {
      const format = formatters[unit];
      const value = ratio(app, baseline);
      return [label, format(app), format(baseline), value === null ? '–' : `${value.toFixed(2)}x`];
    }),
  ];
}
