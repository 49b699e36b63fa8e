/**
 * Builders for broken data files, for the fault tests (MSW) and the e2e tests. Each takes the
 * real file (parsed JSON or text) and returns a faulty copy; row builders also say which rows the
 * app must leave out, so tests derive what to expect instead of hard-coding it.
 */

/** pledges.json as plain JSON: rows unchecked, as faulty files break the schema on purpose. */
export interface RawPledgeFile {
  dataset: Record<string, unknown>;
  pledges: RawRow[];
}
export type RawRow = Record<string, unknown>;

/** A row the app must leave out: its position in the file and its id. */
export interface BrokenRow {
  index: number;
  id: string;
}

export interface FaultyPledgeFile {
  file: RawPledgeFile;
  /** Rows the app must leave out, in file order (the row broken and rows pointing to it). */
  broken: BrokenRow[];
  /** The start of the problem the app names for the broken row, e.g. "amount: must be positive". */
  problem: string;
}

/** Markup that must reach the screen as text, never as elements. */
export const MARKUP = '<img src=x onerror=alert(1)>';
export const SCRIPT = '<script>alert(1)</script>';

/** Addresses that must never become links. */
export const UNSAFE_URLS = ['javascript:alert(document.cookie)', 'data:text/html,<b>x</b>'];

export function parsePledgeFile(text: string): RawPledgeFile {
  return JSON.parse(text) as RawPledgeFile;
}

const clone = (file: RawPledgeFile): RawPledgeFile => structuredClone(file);

const linksOf = (row: RawRow): string[] =>
  [
    row.shareOf,
    ...(Array.isArray(row.spans) ? (row.spans as unknown[]) : []),
    row.includedIn,
  ].filter((id): id is string => typeof id === 'string');

/** Ids some row points to (packages, containers). */
function referencedIds(file: RawPledgeFile): Set<string> {
  return new Set(file.pledges.flatMap(linksOf));
}

/** Rows that nothing points to and that point to nothing: breaking one leaves out only it. */
export function leafRows(file: RawPledgeFile): BrokenRow[] {
  const referenced = referencedIds(file);
  return file.pledges.flatMap((row, index) =>
    row.kind === 'contribution' &&
    typeof row.id === 'string' &&
    !referenced.has(row.id) &&
    linksOf(row).length === 0
      ? [{ index, id: row.id }]
      : [],
  );
}

/** The row, then every row that points to it directly or through other rows, in file order. */
export function withDependents(file: RawPledgeFile, start: BrokenRow): BrokenRow[] {
  const out = new Map<number, BrokenRow>([[start.index, start]]);
  const gone = new Set([start.id]);
  for (let grew = true; grew;) {
    grew = false;
    file.pledges.forEach((row, index) => {
      if (out.has(index) || typeof row.id !== 'string') return;
      if (linksOf(row).some((id) => gone.has(id))) {
        out.set(index, { index, id: row.id });
        gone.add(row.id);
        grew = true;
      }
    });
  }
  return [...out.values()].sort((a, b) => a.index - b.index);
}

/** One way to break a row, and the problem the app names for it. */
interface RowFault {
  problem: string;
  apply: (row: RawRow) => RawRow;
}

export const ROW_FAULTS = {
  'negative amount': {
    problem: 'amount: must be positive',
    apply: (row) => ({ ...row, amount: -Math.abs(Number(row.amount) || 1) }),
  },
  'non-numeric amount': {
    problem: 'amount: expected a number',
    apply: (row) => ({ ...row, amount: '500m' }),
  },
  'unknown currency': {
    problem: 'currency: expected one of',
    apply: (row) => ({ ...row, currency: 'RUB' }),
  },
  'impossible date': {
    problem: 'announced: expected a real date',
    apply: (row) => ({ ...row, announced: '2025-02-30' }),
  },
  'missing source': {
    problem: 'sources: missing',
    apply: ({ sources: _dropped, ...row }) => row,
  },
  'javascript: source address': {
    problem: 'sources[0].url: expected an http or https address',
    apply: (row) => withSourceUrl(row, UNSAFE_URLS[0]!),
  },
  'data: source address': {
    problem: 'sources[0].url: expected an http or https address',
    apply: (row) => withSourceUrl(row, UNSAFE_URLS[1]!),
  },
} satisfies Record<string, RowFault>;
export type RowFaultName = keyof typeof ROW_FAULTS;

function withSourceUrl(row: RawRow, url: string): RawRow {
  const sources = Array.isArray(row.sources) ? (row.sources as RawRow[]) : [];
  return { ...row, sources: sources.map((s, i) => (i === 0 ? { ...s, url } : s)) };
}

/**
 * Break one row. `target` "leaf" (default) breaks the first row nothing points to, so only it is
 * left out; "package" breaks the first joint package, so its shares are left out with it.
 */
export function breakPledgeRow(
  real: RawPledgeFile,
  fault: RowFaultName,
  target: 'leaf' | 'package' = 'leaf',
): FaultyPledgeFile {
  const file = clone(real);
  const index =
    target === 'leaf'
      ? leafRows(file)[0]?.index
      : file.pledges.findIndex((row) => row.kind === 'package-total');
  const row = index === undefined ? undefined : file.pledges[index];
  if (index === undefined || !row || typeof row.id !== 'string') {
    throw new Error(`no ${target} row to break`);
  }
  const { apply, problem }: RowFault = ROW_FAULTS[fault];
  file.pledges[index] = apply(row);
  return { file, broken: withDependents(file, { index, id: row.id }), problem };
}

/** Markup and script in every text field of every row (and the header); all rows stay valid. */
export function withMarkupInText(real: RawPledgeFile): RawPledgeFile {
  const file = clone(real);
  const dirty = (text: unknown) => `${String(text)} ${MARKUP}${SCRIPT}`;
  const dirtySource = (source: RawRow) => ({ ...source, title: dirty(source.title) });
  file.dataset = {
    ...file.dataset,
    title: dirty(file.dataset.title),
    compiledFrom: dirty(file.dataset.compiledFrom),
    notes: Array.isArray(file.dataset.notes) ? file.dataset.notes.map(dirty) : [],
  };
  file.pledges = file.pledges.map((row) => ({
    ...row,
    label: dirty(row.label),
    description: dirty(row.description),
    ...(row.statusNote === undefined ? {} : { statusNote: dirty(row.statusNote) }),
    sources: (row.sources as RawRow[]).map(dirtySource),
    ...(Array.isArray(row.conflicts)
      ? {
          conflicts: (row.conflicts as RawRow[]).map((c) => ({
            ...c,
            statement: dirty(c.statement),
            source: dirtySource(c.source as RawRow),
          })),
        }
      : {}),
  }));
  return file;
}

/** The first leaf row set to a huge amount and the second to a tiny one (both valid). */
export function withExtremeAmounts(
  real: RawPledgeFile,
  huge = 1e12,
  tiny = 0.01,
): { file: RawPledgeFile; huge: BrokenRow; tiny: BrokenRow } {
  const file = clone(real);
  const [first, second] = leafRows(file);
  if (!first || !second) throw new Error('need two leaf rows');
  file.pledges[first.index] = { ...file.pledges[first.index], amount: huge, currency: 'EUR' };
  file.pledges[second.index] = { ...file.pledges[second.index], amount: tiny, currency: 'EUR' };
  return { file, huge: first, tiny: second };
}

/** The header kept, no rows. */
export function emptyPledgeFile(real: RawPledgeFile): RawPledgeFile {
  return { dataset: real.dataset, pledges: [] };
}

/**
 * A transfer cut off in the middle of a line (not at a line break, so that a CSV reader can tell
 * a cut record from a complete one): about `fraction` of the text, then a few characters more.
 */
export function truncateText(text: string, fraction = 0.5): string {
  const at = Math.max(1, Math.floor(text.length * fraction));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (lineStart === 0) return text.slice(0, at);
  const lineEnd = text.indexOf('\n', lineStart);
  const limit = lineEnd === -1 ? text.length : lineEnd;
  return text.slice(0, Math.min(lineStart + 3, Math.max(lineStart + 1, limit - 1)));
}
