import { messages } from '@/lib/i18n/messages';
import type { Pledge, PledgeDataset } from '../api/pledge-schema';

/** One broken promise of the data: which pledge, which field, what is wrong. */
export interface IntegrityProblem {
  id: string;
  field: string;
  message: string;
}

/**
 * Checks that the schema cannot express (messages in the interface language; English by default,
 * as the data checker prints them): links between rows (the rules that prevent double
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
  const text = messages().pledgeRows;
  const report = (id: string, field: string, message: string) =>
    problems.push({ id, field, message });

  const byId = new Map<string, Pledge>();
  for (const pledge of dataset.pledges) {
    if (byId.has(pledge.id)) report(pledge.id, 'id', text.duplicateId(pledge.id));
    else byId.set(pledge.id, pledge);
  }

  /** The package a share or spanning total points to, or undefined after reporting why not. */
  const packageAt = (pledge: Pledge, field: string, targetId: string): Pledge | undefined => {
    const target = byId.get(targetId);
    if (!target) {
      report(pledge.id, field, text.missingTarget(targetId));
      return undefined;
    }
    if (target.kind !== 'package-total') {
      report(pledge.id, field, text.notPackage(targetId));
      return undefined;
    }
    return target;
  };

  const checkDonorsIn = (pledge: Pledge, field: string, pkg: Pledge) => {
    const missing = pledge.donors.filter((donor) => !pkg.donors.includes(donor));
    if (missing.length > 0) {
      report(
        pledge.id,
        field,
        text.donorNotInPackage(missing.join(', '), pkg.id, pkg.donors.join(', ')),
      );
    }
  };

  for (const pledge of dataset.pledges) {
    if (pledge.kind === 'package-total') {
      if (pledge.donors.length < 2) report(pledge.id, 'donors', text.packageNeedsTwo);
      if (pledge.shareOf) report(pledge.id, 'shareOf', text.packageNotShare);
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
      report(pledge.id, 'includedIn', text.missingTarget(pledge.includedIn));
    }
  }

  for (const id of includedInCycleMembers(byId)) {
    report(id, 'includedIn', text.cycle);
  }

  if (currenciesWithRates !== null) {
    const rated = new Set(currenciesWithRates);
    for (const pledge of dataset.pledges) {
      if (!rated.has(pledge.currency)) report(pledge.id, 'currency', text.noRate(pledge.currency));
      (pledge.conflicts ?? []).forEach((conflict, i) => {
        if (!rated.has(conflict.currency)) {
          report(pledge.id, `conflicts[${i}].currency`, text.noRate(conflict.currency));
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
