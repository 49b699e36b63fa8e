import type { Pledge, PledgeDataset } from '../api/pledge-schema';
import type { RowReason } from './row-problem';

/** One broken promise of the data: which pledge, which field, what is wrong. */
export interface IntegrityProblem {
  id: string;
  field: string;
  /** Worded when shown (`wordRowReason`; the data checker words it in English). */
  reason: RowReason;
}

/**
 * Checks that the schema cannot express (reasons as codes, worded when shown): links between rows (the rules that prevent double
 * counting) and that every currency can be converted. Pure and linear in the number of rows.
 *
 * `currenciesWithRates`: the currencies that have an FX rate, or null to skip that check (e.g.
 * when the rates are loaded separately).
 */
export function checkPledgeIntegrity(
  dataset: PledgeDataset,
  currenciesWithRates: Iterable<string> | null,
): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const report = (id: string, field: string, reason: RowReason) =>
    problems.push({ id, field, reason });

  const byId = new Map<string, Pledge>();
  for (const pledge of dataset.pledges) {
    if (byId.has(pledge.id)) report(pledge.id, 'id', { code: 'duplicateId', value: pledge.id });
    else byId.set(pledge.id, pledge);
  }

  /** The package a share or spanning total points to, or undefined after reporting why not. */
  const packageAt = (pledge: Pledge, field: string, targetId: string): Pledge | undefined => {
    const target = byId.get(targetId);
    if (!target) {
      report(pledge.id, field, { code: 'missingTarget', value: targetId });
      return undefined;
    }
    if (target.kind !== 'package-total') {
      report(pledge.id, field, { code: 'notPackage', value: targetId });
      return undefined;
    }
    return target;
  };

  const checkDonorsIn = (pledge: Pledge, field: string, pkg: Pledge) => {
    const missing = pledge.donors.filter((donor) => !pkg.donors.includes(donor));
    if (missing.length > 0) {
      report(pledge.id, field, {
        code: 'donorNotInPackage',
        donors: missing.join(', '),
        pkg: pkg.id,
        pkgDonors: pkg.donors.join(', '),
      });
    }
  };

  for (const pledge of dataset.pledges) {
    if (pledge.kind === 'package-total') {
      if (pledge.donors.length < 2) report(pledge.id, 'donors', { code: 'packageNeedsTwo' });
      if (pledge.shareOf) report(pledge.id, 'shareOf', { code: 'packageNotShare' });
    }
    if (pledge.shareOf) {
      const pkg = packageAt(pledge, 'shareOf', pledge.shareOf);
      if (pkg) checkDonorsIn(pledge, 'shareOf', pkg);
    }
    (pledge.spans ?? []).forEach((targetId, i) => {
      const pkg = packageAt(pledge, `spans[${i}]`, targetId);
      if (pkg) checkDonorsIn(pledge, `spans[${i}]`, pkg);
    });
    if (pledge.includedIn && !byId.has(pledge.includedIn)) {
      report(pledge.id, 'includedIn', { code: 'missingTarget', value: pledge.includedIn });
    }
  }

  for (const id of includedInCycleMembers(byId)) {
    report(id, 'includedIn', { code: 'cycle' });
  }

  if (currenciesWithRates !== null) {
    const rated = new Set(currenciesWithRates);
    for (const pledge of dataset.pledges) {
      if (!rated.has(pledge.currency))
        report(pledge.id, 'currency', { code: 'noRate', value: pledge.currency });
      (pledge.conflicts ?? []).forEach((conflict, i) => {
        if (!rated.has(conflict.currency)) {
          report(pledge.id, `conflicts[${i}].currency`, {
            code: 'noRate',
            value: conflict.currency,
          });
        }
      });
    }
  }
  return problems;
}

/** Ids whose includedIn chain runs into a loop, each loop member once, in data order. */
function includedInCycleMembers(byId: ReadonlyMap<string, Pledge>): string[] {
  const onCycle = new Set<string>();
  const done = new Set<string>();
  for (const start of byId.keys()) {
    const path: string[] = [];
    const position = new Map<string, number>();
    let current: string | undefined = start;
    while (current !== undefined && !done.has(current)) {
      const seenAt = position.get(current);
      if (seenAt !== undefined) {
        for (const id of path.slice(seenAt)) onCycle.add(id);
        break;
      }
      position.set(current, path.length);
      path.push(current);
      current = byId.get(current)?.includedIn;
    }
    for (const id of path) done.add(id);
  }
  return [...byId.keys()].filter((id) => onCycle.has(id));
}
