// @vitest-environment node
import type { Pledge, PledgeDataset } from '../api/pledge-schema';
import { afterEach } from 'vitest';
import { setLocale } from '@/lib/i18n/locale';
import { checkPledgeIntegrity } from './integrity';
import { wordRowReason } from './row-problem';

function pledge(id: string, overrides: Partial<Pledge> = {}): Pledge {
  return {
    id,
    donors: ['DEU'],
    kind: 'contribution',
    label: `Pledge ${id}`,
    instrument: 'purl',
    category: 'military',
    amount: 100e6,
    currency: 'USD',
    qualifier: 'exact',
    announced: '2025-12-03',
    status: 'pledged',
    description: 'test row',
    sources: [{ title: 'Test source', url: 'https://example.org/a', date: '2025-12-03' }],
    ...overrides,
  };
}

/** A small dataset that is correct: a joint package, a share, a spanning total, an inclusion. */
const VALID: Pledge[] = [
  pledge('P019', { kind: 'package-total', donors: ['NOR', 'DEU', 'POL'], amount: 500e6 }),
  pledge('P017', { donors: ['POL'], shareOf: 'P019' }),
  pledge('P021', { donors: ['DEU'], spans: ['P019'] }),
  pledge('P015', { donors: ['DEU'], currency: 'EUR', includedIn: 'P021' }),
];

function dataset(pledges: Pledge[]): PledgeDataset {
  return {
    dataset: { title: 'Test', asOf: '2025-12-03', compiledFrom: 'tests', notes: [] },
    pledges,
  };
}

/** Replace the row with the same id (or append it). */
function withRow(row: Pledge, rows: Pledge[] = VALID): Pledge[] {
  return rows.some((r) => r.id === row.id)
    ? rows.map((r) => (r.id === row.id ? row : r))
    : [...rows, row];
}

const RATES = ['EUR', 'USD'];

interface Case {
  name: string;
  pledges: Pledge[];
  rates?: string[] | null;
  expected: { id: string; field: string; message: RegExp }[];
}

const cases: Case[] = [
  { name: 'valid dataset has no problems', pledges: VALID, expected: [] },
  {
    name: 'duplicate id',
    pledges: [...VALID, pledge('P017', { donors: ['POL'] })],
    expected: [{ id: 'P017', field: 'id', message: /duplicate id P017/ }],
  },
  {
    name: 'shareOf points to a missing id',
    pledges: withRow(pledge('P017', { donors: ['POL'], shareOf: 'P099' })),
    expected: [{ id: 'P017', field: 'shareOf', message: /P099, which does not exist/ }],
  },
  {
    name: 'spans points to a missing id (index named)',
    pledges: withRow(pledge('P021', { spans: ['P019', 'P098'] })),
    expected: [{ id: 'P021', field: 'spans[1]', message: /P098, which does not exist/ }],
  },
  {
    name: 'includedIn points to a missing id',
    pledges: withRow(pledge('P015', { currency: 'EUR', includedIn: 'E999' })),
    expected: [{ id: 'P015', field: 'includedIn', message: /E999, which does not exist/ }],
  },
  {
    name: 'shareOf points to a contribution, not a package-total',
    pledges: withRow(pledge('P017', { donors: ['POL'], shareOf: 'P021' })),
    expected: [{ id: 'P017', field: 'shareOf', message: /P021, which is not a package-total/ }],
  },
  {
    name: 'spans points to a contribution, not a package-total',
    pledges: withRow(pledge('P021', { spans: ['P017'] })),
    expected: [{ id: 'P021', field: 'spans[0]', message: /P017, which is not a package-total/ }],
  },
  {
    name: "share's donor is not a participant of the package",
    pledges: withRow(pledge('P017', { donors: ['SWE'], shareOf: 'P019' })),
    expected: [{ id: 'P017', field: 'shareOf', message: /SWE is not among P019's donors/ }],
  },
  {
    name: "spanning total's donor is not a participant of the package",
    pledges: withRow(pledge('P021', { donors: ['NLD'], spans: ['P019'] })),
    expected: [{ id: 'P021', field: 'spans[0]', message: /NLD is not among P019's donors/ }],
  },
  {
    name: 'includedIn pointing to itself is a cycle',
    pledges: withRow(pledge('P015', { currency: 'EUR', includedIn: 'P015' })),
    expected: [{ id: 'P015', field: 'includedIn', message: /cycle/ }],
  },
  {
    name: 'includedIn cycle over three rows reports each member once, tail row not',
    pledges: [
      ...VALID,
      pledge('E001', { includedIn: 'E002' }),
      pledge('E002', { includedIn: 'E003' }),
      pledge('E003', { includedIn: 'E001' }),
      pledge('E004', { includedIn: 'E001' }),
    ],
    expected: [
      { id: 'E001', field: 'includedIn', message: /cycle/ },
      { id: 'E002', field: 'includedIn', message: /cycle/ },
      { id: 'E003', field: 'includedIn', message: /cycle/ },
    ],
  },
  {
    name: 'package-total with only one donor',
    pledges: withRow(pledge('P019', { kind: 'package-total', donors: ['NOR'] }), [VALID[0]!]),
    expected: [{ id: 'P019', field: 'donors', message: /at least two donors/ }],
  },
  {
    name: 'package-total that is itself a share',
    pledges: withRow(
      pledge('P028', { kind: 'package-total', donors: ['NOR', 'DEU'], shareOf: 'P019' }),
    ),
    expected: [{ id: 'P028', field: 'shareOf', message: /package-total cannot be a share/ }],
  },
  {
    name: 'currency without FX rate, in the row and in a conflict',
    pledges: withRow(
      pledge('P017', {
        donors: ['POL'],
        shareOf: 'P019',
        currency: 'NOK',
        conflicts: [
          {
            amount: 1,
            currency: 'EUR',
            statement: 'ok',
            source: { title: 't', url: 'https://x.org', date: null },
          },
          {
            amount: 1,
            currency: 'JPY',
            statement: 'no rate',
            source: { title: 't', url: 'https://x.org', date: null },
          },
        ],
      }),
    ),
    expected: [
      { id: 'P017', field: 'currency', message: /no FX rate for NOK/ },
      { id: 'P017', field: 'conflicts[1].currency', message: /no FX rate for JPY/ },
    ],
  },
  {
    name: 'rates = null skips the currency check',
    pledges: withRow(pledge('P017', { donors: ['POL'], shareOf: 'P019', currency: 'NOK' })),
    rates: null,
    expected: [],
  },
];

describe('checkPledgeIntegrity', () => {
  it.each(cases)('$name', ({ pledges, rates, expected }) => {
    const problems = checkPledgeIntegrity(dataset(pledges), rates === undefined ? RATES : rates);
    expect(problems.map(({ id, field }) => ({ id, field }))).toEqual(
      expected.map(({ id, field }) => ({ id, field })),
    );
    problems.forEach((problem, i) =>
      expect(wordRowReason(problem.reason)).toMatch(expected[i]!.message),
    );
  });
});

describe('checkPledgeIntegrity after a switch to German', () => {
  afterEach(() => setLocale('en'));

  it('keeps codes: problems found in English read in German once the language changes', () => {
    const problems = checkPledgeIntegrity(
      dataset(withRow(pledge('P017', { donors: ['POL'], shareOf: 'P099', currency: 'NOK' }))),
      RATES,
    );
    expect(problems.map((p) => wordRowReason(p.reason))).toEqual([
      'points to P099, which does not exist',
      'no FX rate for NOK',
    ]);
    setLocale('de');
    expect(problems.map((p) => wordRowReason(p.reason))).toEqual([
      'verweist auf P099, das es nicht gibt',
      'kein Referenzkurs für NOK',
    ]);
    expect(JSON.stringify(problems)).not.toMatch(/which|does not/);
  });
});
