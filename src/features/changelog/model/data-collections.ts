/**
 * The lines of the project's own data files that the changelog tracks, read loosely from the JSON
 * (a file that is absent or of another shape gives no lines): pledges, PURL statements, reference
 * rates, and the financing file's coverage, not-counted items, need estimates and timeline.
 */
export type DataItem = Record<string, unknown>;

export interface Collection {
  file: string;
  items: DataItem[];
  key: (item: DataItem) => string;
  label: (item: DataItem) => string;
}

/** The data files as parsed JSON (unknown: not validated here; data:check does that). */
export interface DataFiles {
  pledges?: unknown;
  purl?: unknown;
  fxRates?: unknown;
  financing?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function list(json: unknown, ...path: string[]): DataItem[] {
  let at: unknown = json;
  for (const step of path) {
    at = at && typeof at === 'object' ? (at as Record<string, unknown>)[step] : undefined;
  }
  return Array.isArray(at)
    ? at.filter((item): item is DataItem => item !== null && typeof item === 'object')
    : [];
}

const byId = (item: DataItem) => text(item.id);

export function collectionsOf(files: DataFiles): Collection[] {
  return [
    {
      file: 'pledges.json',
      items: list(files.pledges, 'pledges'),
      key: byId,
      label: (item) => text(item.label),
    },
    {
      file: 'purl-running-totals.json',
      items: list(files.purl, 'statements'),
      // Statements have no id: the date, who said it and what kind of figure identify one.
      key: (item) => `${text(item.date)} ${text(item.who)} ${text(item.type)}`,
      label: (item) => `${text(item.who)}, ${text(item.date)}`,
    },
    {
      file: 'fx-rates.json',
      items: list(files.fxRates, 'rates'),
      key: (item) => text(item.currency),
      label: (item) => `${text(item.currency)} reference rate`,
    },
    ...(['coverage', 'notCounted', 'timeline'] as const).map((name) => ({
      file: `financing.json (${name})`,
      items: list(files.financing, name),
      key: byId,
      label: (item: DataItem) => text(item.label) || text(item.title),
    })),
    {
      file: 'financing.json (needs)',
      items: list(files.financing, 'needs', 'estimates'),
      key: byId,
      label: (item) => text(item.label) || text(item.id),
    },
  ];
}
