import { type Pledge, type RateTable, preparePledges } from '@/features/pledges';

/** A valid pledge with sensible defaults; override what the test is about. */
export function makePledge(overrides: Partial<Pledge> & Pick<Pledge, 'id'>): Pledge {
  return {
    donors: ['DEU'],
    kind: 'contribution',
    label: `Pledge ${overrides.id}`,
    instrument: 'purl',
    category: 'military',
    amount: 100_000_000,
    currency: 'EUR',
    qualifier: 'exact',
    announced: '2025-12-03',
    status: 'pledged',
    description: 'test pledge',
    sources: [{ title: 'Test source', url: 'https://example.org/a', date: '2025-12-03' }],
    ...overrides,
  };
}

/** Round numbers so that tests can be computed by hand: 1 USD = 0.8 EUR, 1 NOK = 0.1 EUR. */
export const TEST_RATES: RateTable = new Map([
  ['EUR', 1],
  ['USD', 0.8],
  ['NOK', 0.1],
]);

/** `rows` as a data set, prepared as the app prepares a loaded file (date order, columns). */
export function prepareRows(rows: readonly Pledge[], rates: RateTable = TEST_RATES) {
  const dataset = {
    dataset: { title: 'Test pledges', asOf: '2025-12-31', compiledFrom: 'tests', notes: [] },
    pledges: [...rows],
  };
  return preparePledges(dataset, rates);
}
