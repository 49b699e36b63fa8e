// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { filtersOf, realPledges } from '@/test-utils/real-data.fixture';
import { donorDisputes } from './donor-disputes';
import { describeDispute, disputeCsvCells } from './disputes';
import { selectPledgeView } from './pledge-view';

describe('donorDisputes (real data)', () => {
  const prepared = realPledges();
  const view = selectPledgeView(prepared, filtersOf(), 'instrument');

  it('marks every bar holding money of the disputed 3 Dec 2025 package, with both values and sources', () => {
    const disputes = donorDisputes(prepared.columns, view, prepared.rates);
    const ids = (code: string) => (disputes.get(code) ?? []).map((figure) => figure.id);
    // Poland's share, Norway's and Germany's December totals (which span it).
    for (const code of ['POL', 'NOR', 'DEU']) expect(ids(code)).toContain('P019');
    expect(ids('ESP')).toEqual([]);
    const joint = [...disputes.values()].flat();
    const p019 = joint.find((figure) => figure.id === 'P019');
    expect(p019?.drawn).toMatchObject({ amount: 500e6, currency: 'USD' });
    expect(p019?.alternatives[0]).toMatchObject({ amount: 500e6, currency: 'EUR', eur: 500e6 });
    const sentence = describeDispute(p019!);
    expect(sentence).toMatch(/USD 500M \(€430M\) per Government of Norway/);
    expect(sentence).toMatch(/€500M per German TV news report of 3 Dec 2025/);
    const cells = disputeCsvCells(disputes.get('POL') ?? []);
    expect(cells[2]).toContain('500000000 EUR');
    expect(cells[4]).toContain('data/sources/news-report-2025-12-03-de.txt');
  });

  it('marks nothing for a filter without disputed rows', () => {
    const spain = selectPledgeView(prepared, filtersOf({ donors: ['ESP'] }), 'instrument');
    expect(donorDisputes(prepared.columns, spain, prepared.rates).size).toBe(0);
  });
});
