// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '@/lib/filter-state';
import { realPledges } from '@/test-utils/real-data.fixture';
import { makePledge, prepareRows } from '@/test-utils/pledge-fixtures';
import { JOINT_KEY } from './aggregate-by-donor';
import { selectPledgeView } from './pledge-view';

/** Issue 14: figures a briefer can read aloud and defend. */
const view = (donors: string[] = []) =>
  selectPledgeView(realPledges(), { ...EMPTY_FILTERS, donors }, 'instrument');

describe('headline totals are like for like, one per kind of money, with their period', () => {
  it('never one total across EU loans, G7 loans, national budgets and PURL packages', () => {
    const { headline } = view();
    expect(headline.byFamily.map((f) => f.family)).toEqual([
      'eu',
      'national',
      'g7-era',
      'purl',
      'nato-fund',
    ]);
    const eu = headline.byFamily.find((f) => f.family === 'eu');
    // Ukraine Facility EUR 50bn + Support Loan EUR 90bn (the reparations-loan proposal counts 0).
    expect(eu?.totalEur).toBeCloseTo(140e9, -6);
    expect(eu?.from).toBe('2024-02-28');
    const sum = headline.byFamily.reduce((s, f) => s + f.totalEur, 0);
    expect(sum).toBeCloseTo(headline.totalEur, 0);
  });

  it('a family’s period is the span of its counted lines’ announcements', () => {
    const purl = view().headline.byFamily.find((f) => f.family === 'purl');
    expect(purl?.from).toBe('2025-08-04');
    expect(purl?.to).toBe('2026-04-21');
  });
});

describe('a country’s total is its own money', () => {
  it('Norway: joint packages beside its total, never inside it', () => {
    const nor = view(['NOR']);
    expect(nor.byDonor.bars.map((b) => b.donor)).not.toContain(JOINT_KEY);
    expect(nor.headline.jointUnattributedEur).toBe(0);
    // P002, P013, P019, P028: packages Norway took part in with others.
    expect(nor.headline.jointBeside.count).toBe(4);
    const norBar = nor.byDonor.bars.find((b) => b.donor === 'NOR');
    expect(nor.headline.totalEur).toBeCloseTo(norBar?.totalEur ?? NaN, 0);
    const p013 = nor.counted.find((c) => c.pledge.id === 'P013');
    expect(p013?.countedEur).toBe(0);
    expect(p013?.note).toEqual({ kind: 'joint-beside', selected: ['NOR'] });
  });

  it('a package counts when every participant is selected (all its money is theirs)', () => {
    const rows = prepareRows([
      makePledge({ id: 'P1', kind: 'package-total', donors: ['NOR', 'DEU'], amount: 500e6 }),
      makePledge({ id: 'P2', donors: ['NOR'], amount: 100e6, shareOf: 'P1' }),
    ]);
    const both = selectPledgeView(rows, { ...EMPTY_FILTERS, donors: ['NOR', 'DEU'] }, 'instrument');
    expect(both.headline.totalEur).toBeCloseTo(500e6);
    expect(both.headline.jointBeside.count).toBe(0);
    const one = selectPledgeView(rows, { ...EMPTY_FILTERS, donors: ['NOR'] }, 'instrument');
    expect(one.headline.totalEur).toBeCloseTo(100e6);
    expect(one.headline.jointBeside).toEqual({ count: 1, faceEur: 500e6 });
  });
});

describe('the latest pledge of a country in a joint package', () => {
  it('Poland: the joint USD 500M package of 3 Dec 2025, with Poland’s own USD 100M share', () => {
    const latest = view(['POL']).headline.latest;
    expect(latest?.pledge.id).toBe('P019');
    expect(latest?.joint?.ownShares.map((p) => p.id)).toEqual(['P017']);
  });

  it('Norway: its share of that package is not stated; its December total spans it', () => {
    const latest = view(['NOR']).headline.latest;
    expect(latest?.joint).not.toBeNull();
    expect(latest?.joint?.ownShares).toEqual([]);
  });

  it('with no donor filter the package is no one country’s: no joint note', () => {
    expect(view().headline.latest?.joint).toBeNull();
  });
});

describe('one rule for PURL shares and national budgets', () => {
  it('Norway’s 2025 PURL shares are inside its Nansen programme 2025, counted once', () => {
    const nor = view(['NOR']);
    const e025 = nor.counted.find((c) => c.pledge.id === 'E025');
    expect(e025?.note?.kind).toBe('contains');
    const inside = ['P004', 'P011', 'P020'];
    const insideEur = nor.counted
      .filter((c) => inside.includes(c.pledge.id))
      .reduce((s, c) => s + c.countedEur, 0);
    // The programme and the shares inside it add up to the programme's face value: no double count.
    expect((e025?.countedEur ?? 0) + insideEur).toBeCloseTo(e025?.eur ?? NaN, 0);
  });

  it('the UK’s and Sweden’s PURL shares are inside their listed national lines', () => {
    for (const [donor, share, container] of [
      ['GBR', 'P027', 'E022'],
      ['SWE', 'P030', 'E027'],
    ] as const) {
      const v = view([donor]);
      expect(v.counted.find((c) => c.pledge.id === share)?.pledge.includedIn).toBe(container);
      expect(v.counted.find((c) => c.pledge.id === container)?.note?.kind).toBe('contains');
    }
  });
});

describe('no silent zero for a currency', () => {
  it('a line without a reference rate is named in the headline, not counted as EUR 0', () => {
    const rows = prepareRows([
      makePledge({ id: 'S1', donors: ['SWE'], amount: 1e9, currency: 'SEK' }),
      makePledge({ id: 'S2', donors: ['SWE'], amount: 1e6, currency: 'EUR' }),
    ]);
    const { headline } = selectPledgeView(rows, EMPTY_FILTERS, 'instrument');
    expect(headline.unconverted).toEqual({ count: 1, currencies: ['SEK'] });
    expect(headline.totalEur).toBeCloseTo(1e6);
  });
});

describe('which conversion wins when shares exceed their package', () => {
  it('DK/NO/SE: the shares (EUR 441.3M) count, the USD 500M package adds nothing, and the table says why', async () => {
    const { countingExplanation } = await import('../components/pledge-links');
    const p002 = view().counted.find((c) => c.pledge.id === 'P002');
    if (!p002) throw new Error('no P002');
    expect(p002.countedEur).toBe(0);
    expect(countingExplanation(p002)).toMatch(
      /The shares convert to €441M at the reference rates, more than the package’s €430M: the shares win/,
    );
  });
});
