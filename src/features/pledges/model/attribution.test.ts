// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makePledge, TEST_RATES } from '@/test-utils/pledge-fixtures';
import { countPledges, indexPackages } from './attribution';

const pkg = makePledge({
  id: 'P019',
  kind: 'package-total',
  donors: ['NOR', 'DEU', 'POL'],
  amount: 500e6,
  currency: 'USD',
});
const polShare = makePledge({
  id: 'P017',
  donors: ['POL'],
  amount: 100e6,
  currency: 'USD',
  shareOf: 'P019',
});
const norSpan = makePledge({
  id: 'P020',
  donors: ['NOR'],
  amount: 500e6,
  currency: 'USD',
  spans: ['P019'],
});
const deuEarlier = makePledge({
  id: 'P015',
  donors: ['DEU'],
  amount: 150e6,
  currency: 'EUR',
  includedIn: 'P021',
});
const deuLater = makePledge({ id: 'P021', donors: ['DEU'], amount: 200e6, currency: 'USD' });
const proposal = makePledge({ id: 'E003', donors: ['EU'], amount: 165e9, status: 'not-adopted' });
const lonePkg = makePledge({
  id: 'P013',
  kind: 'package-total',
  donors: ['NOR', 'SWE'],
  amount: 500e6,
  currency: 'USD',
});
const norShare = makePledge({
  id: 'P011',
  donors: ['NOR'],
  amount: 2e9,
  currency: 'NOK',
  shareOf: 'P013',
});

const all = [pkg, polShare, norSpan, deuEarlier, deuLater, proposal, lonePkg, norShare];
const index = indexPackages(all);
/** Counted EUR by id. */
const counted = (selection: typeof all) =>
  Object.fromEntries(
    countPledges(selection, index, TEST_RATES).map((c) => [c.pledge.id, c.countedEur]),
  );

describe('countPledges', () => {
  it.each([
    ['plain contribution counts at face value', [polShare], { P017: 80e6 }],
    // 500 USD = 400 EUR; share 100 USD = 80; spanning 500 USD = 400 -> remainder max(0, 400-80-400) = 0
    [
      'package covered by a share and a spanning total adds nothing',
      [pkg, polShare, norSpan],
      { P019: 0, P017: 80e6, P020: 400e6 },
    ],
    // 500 USD = 400 EUR; share NOK 2bn = 200 EUR -> remainder 200
    [
      'package adds only its unattributed remainder',
      [lonePkg, norShare],
      { P013: 200e6, P011: 200e6 },
    ],
    // remainder does not depend on whether the share is in the selection
    ['remainder is the same when the share is filtered out', [lonePkg], { P013: 200e6 }],
    // 200 USD = 160 EUR contains 150 EUR -> 10
    [
      'container counts only beyond what it contains',
      [deuEarlier, deuLater],
      { P015: 150e6, P021: 10e6 },
    ],
    ['container counts fully when the contained row is filtered out', [deuLater], { P021: 160e6 }],
    [
      'contained row counts fully when the container is filtered out',
      [deuEarlier],
      { P015: 150e6 },
    ],
    ['a proposal that was not adopted counts nothing', [proposal], { E003: 0 }],
  ])('%s', (_name, selection, expected) => {
    const result = counted(selection);
    for (const [id, value] of Object.entries(expected)) expect(result[id]).toBeCloseTo(value, 0);
  });

  it('never counts more than the face value of the non-package rows', () => {
    const rows = countPledges(all, index, TEST_RATES);
    const total = rows.reduce((sum, r) => sum + r.countedEur, 0);
    // 80 (P017) + 400 (P020) + 150 (P015) + 10 (P021) + 200 (P011) + 0 (P019) + 200 (P013 remainder)
    expect(total).toBeCloseTo(1040e6, 0);
  });

  it('marks currencies without a rate instead of guessing', () => {
    const odd = makePledge({ id: 'X001', currency: 'JPY', amount: 1e9 });
    const [row] = countPledges([odd], indexPackages([odd]), TEST_RATES);
    expect(row?.countedEur).toBe(0);
    expect(row?.note).toEqual({ kind: 'no-rate' });
  });
});
