import type { Pledge } from '../api/pledge-schema';
import { toEur, type RateTable } from './convert';

/** Why a pledge counts for less than its face value in totals. */
export type CountingNote =
  | { kind: 'not-adopted' }
  | { kind: 'joint-remainder'; attributedEur: number; coveredBySpanningEur: number }
  | { kind: 'contains'; containedIds: string[]; containedEur: number }
  | { kind: 'no-rate' }
  /** A joint package the donor selection took part in but does not wholly make up (`selected`). */
  | { kind: 'joint-beside'; selected: string[] };

export interface CountedPledge {
  pledge: Pledge;
  /** Face value in EUR at the reference rate (null when the currency has no rate). */
  eur: number | null;
  /** What this row adds to totals under the current filter, in EUR. Never double counted. */
  countedEur: number;
  note?: CountingNote;
}

/** Pre-computed facts about joint packages that do not depend on the filter. */
export interface PackageIndex {
  /** package id -> its exact country shares (rows with shareOf). */
  shares: ReadonlyMap<string, Pledge[]>;
  /** package id -> country totals that span it (rows with spans). */
  spanning: ReadonlyMap<string, Pledge[]>;
  /** container id -> rows included in it. */
  contained: ReadonlyMap<string, Pledge[]>;
}

function pushTo(map: Map<string, Pledge[]>, key: string, pledge: Pledge) {
  const list = map.get(key);
  if (list) list.push(pledge);
  else map.set(key, [pledge]);
}

export function indexPackages(pledges: readonly Pledge[]): PackageIndex {
  const shares = new Map<string, Pledge[]>();
  const spanning = new Map<string, Pledge[]>();
  const contained = new Map<string, Pledge[]>();
  for (const pledge of pledges) {
    if (pledge.shareOf) pushTo(shares, pledge.shareOf, pledge);
    for (const id of pledge.spans ?? []) pushTo(spanning, id, pledge);
    if (pledge.includedIn) pushTo(contained, pledge.includedIn, pledge);
  }
  return { shares, spanning, contained };
}

const sumEur = (rows: readonly Pledge[], rates: RateTable) =>
  rows.reduce((sum, row) => sum + (toEur(row.amount, row.currency, rates) ?? 0), 0);

/**
 * The part of a joint package that no country row accounts for, in EUR: the package total less its
 * known country shares, less country totals that span it. Independent of the filter, so that a joint
 * package never counts money that a country row (shown or not) already counts. Clamped at zero (shares
 * can exceed the total after conversion at reference rates).
 */
export function packageRemainderEur(pkg: Pledge, index: PackageIndex, rates: RateTable) {
  const total = toEur(pkg.amount, pkg.currency, rates) ?? 0;
  const attributedEur = sumEur(index.shares.get(pkg.id) ?? [], rates);
  const coveredBySpanningEur = sumEur(index.spanning.get(pkg.id) ?? [], rates);
  return {
    remainderEur: Math.max(0, total - attributedEur - coveredBySpanningEur),
    attributedEur,
    coveredBySpanningEur,
  };
}

/** Decide what each pledge in `selection` (already filtered) adds to totals (see countPledge). */
export function countPledges(
  selection: readonly Pledge[],
  index: PackageIndex,
  rates: RateTable,
): CountedPledge[] {
  // Only rows included in a container matter for what the container adds: a small set, built once.
  let selectedInner: Set<string> | null = null;
  const isSelected = (id: string) => {
    selectedInner ??= new Set(selection.filter((p) => p.includedIn).map((p) => p.id));
    return selectedInner.has(id);
  };
  return selection.map((pledge) => countPledge(pledge, index, rates, isSelected));
}

/**
 * What one pledge adds to totals, given which of the rows it includes are selected:
 * - proposals that were not adopted add nothing;
 * - a joint package adds only its unattributed remainder (its shares are counted as country rows);
 * - a pledge that contains other selected pledges adds only its amount beyond them;
 * - everything else adds its face value in EUR.
 */
export function countPledge(
  pledge: Pledge,
  index: PackageIndex,
  rates: RateTable,
  isSelected: (id: string) => boolean,
): CountedPledge {
  const eur = toEur(pledge.amount, pledge.currency, rates);
  if (eur === null) return { pledge, eur, countedEur: 0, note: { kind: 'no-rate' } };
  if (pledge.status === 'not-adopted') {
    return { pledge, eur, countedEur: 0, note: { kind: 'not-adopted' } };
  }
  if (pledge.kind === 'package-total') {
    const { remainderEur, attributedEur, coveredBySpanningEur } = packageRemainderEur(
      pledge,
      index,
      rates,
    );
    return {
      pledge,
      eur,
      countedEur: remainderEur,
      note: { kind: 'joint-remainder', attributedEur, coveredBySpanningEur },
    };
  }
  const inner = (index.contained.get(pledge.id) ?? []).filter((p) => isSelected(p.id));
  if (inner.length > 0) {
    const containedEur = sumEur(inner, rates);
    return {
      pledge,
      eur,
      countedEur: Math.max(0, eur - containedEur),
      note: { kind: 'contains', containedIds: inner.map((p) => p.id), containedEur },
    };
  }
  return { pledge, eur, countedEur: eur };
}
