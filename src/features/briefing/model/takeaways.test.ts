// @vitest-environment node
import { allocationsByDonor, monthlyAllocations } from '@/features/kiel';
import { selectPledgeView } from '@/features/pledges';
import { buildPurlTimeline, aggregatePurlByMonth } from '@/features/purl';
import { formatMoney } from '@/lib/format';
import { setLocale } from '@/lib/i18n/locale';
import { filtersOf, realKielRows, realPledges } from '@/test-utils/real-data.fixture';
import {
  kielAllocationsTakeaway,
  kielMonthlyTakeaway,
  pledgesByDonorTakeaway,
  purlTimelineTakeaway,
} from './takeaways';

const eur = (value: number) => formatMoney(value, 'EUR');

function pledgeView(patch: Parameters<typeof filtersOf>[0]) {
  const prepared = realPledges();
  const view = selectPledgeView(prepared, filtersOf(patch), 'instrument');
  return { view, events: buildPurlTimeline(view.counted, prepared.index, prepared.rates) };
}

describe('pledgesByDonorTakeaway (bundled pledges.json)', () => {
  it.each([
    [
      { donors: ['POL', 'NOR', 'DEU'] },
      /^Germany leads with €26\.1B, 64% of the €40\.6B counted for 3 donors\.$/,
    ],
    [{ donors: ['NOR'] }, /^Norway: €14\.4B counted\.$/],
    [
      { instruments: ['purl' as const], to: '2025-11' },
      /^Germany leads with €580M, 22% of the €2\.67B counted for 11 donors/,
    ],
  ])('%j', (patch, expected) => {
    expect(pledgesByDonorTakeaway(pledgeView(patch).view.byDonor)).toMatch(expected);
  });

  it('names the total it computed the share from', () => {
    const { byDonor } = pledgeView({ donors: ['POL', 'NOR', 'DEU'] }).view;
    expect(pledgesByDonorTakeaway(byDonor)).toContain(eur(byDonor.totalEur));
  });

  it('says so when nothing matches', () => {
    expect(pledgesByDonorTakeaway({ bars: [], keys: [], totalEur: 0 })).toBe(
      'No pledges match this filter.',
    );
  });

  it('only joint money: no donor is named as leader', () => {
    const text = pledgesByDonorTakeaway({
      bars: [{ donor: 'JOINT', totalEur: 5e8, parts: { purl: 5e8 }, pledgeCount: 1 }],
      keys: ['purl'],
      totalEur: 5e8,
    });
    expect(text).toBe(`${eur(5e8)} counted, all in joint packages not attributed to one country.`);
  });
});

describe('purlTimelineTakeaway (bundled pledges.json)', () => {
  it.each([[{ to: '2025-11' }, 'Poland: USD 100M via PURL on 20 Nov 2025, the latest of 9;']])(
    '%j',
    (patch, expected) => {
      const { events } = pledgeView(patch);
      const text = purlTimelineTakeaway(events, false);
      expect(text).toContain(expected);
      expect(text).toContain(`${eur(events.at(-1)?.runningEur ?? NaN)} in total`);
    },
  );

  it('follows the donor filter: Poland, Norway and Germany are the headline, not a package with others', () => {
    const donors = ['POL', 'NOR', 'DEU'];
    const { events } = pledgeView({ donors });
    const text = purlTimelineTakeaway(events, false, donors);
    expect(text).not.toMatch(/Netherlands|United Kingdom|Sweden/);
    expect(text).toMatch(/^(Poland|Norway|Germany)( and (Poland|Norway|Germany))*: /);
    const own = events.filter((e) => e.pledge.donors.every((code) => donors.includes(code)));
    const ownEur = own.reduce((sum, e) => sum + e.addsEur, 0);
    expect(text).toContain(
      `the latest of ${own.length} by the selected donors; ${eur(ownEur)} of their own money.`,
    );
    const joint = events.length - own.length;
    expect(joint).toBeGreaterThan(0);
    expect(text).toContain(`${joint} joint`);
  });

  it('per month when the timeline is aggregated', () => {
    const { events } = pledgeView({});
    const months = aggregatePurlByMonth(events);
    expect(purlTimelineTakeaway(months, true)).toMatch(
      /^Latest month [A-Z][a-z]{2} \d{4}: \d+ packages/,
    );
  });

  it('says so when nothing matches', () => {
    expect(purlTimelineTakeaway([], false)).toBe('No PURL pledges match this filter.');
  });
});

describe('Kiel takeaways (bundled data_explorer.csv)', () => {
  const rows = realKielRows();
  it('allocations, EUR: the largest donor and its share of the total shown', () => {
    const view = allocationsByDonor(rows, filtersOf(), 'eur');
    expect(kielAllocationsTakeaway(view, 'eur')).toBe(
      `United States allocated the most: ${eur(115.38065e9)}, 32% of the ${eur(358.3995e9)} allocated by the 42 donors shown.`,
    );
  });
  it('allocations, EUR, three donors', () => {
    const view = allocationsByDonor(rows, filtersOf({ donors: ['POL', 'NOR', 'DEU'] }), 'eur');
    expect(kielAllocationsTakeaway(view, 'eur')).toMatch(
      /^Germany allocated the most: .*, 64% of the .* by the 3 donors shown\.$/,
    );
  });
  it('allocations, % of GDP', () => {
    const view = allocationsByDonor(rows, filtersOf(), 'gdp');
    expect(kielAllocationsTakeaway(view, 'gdp')).toBe(
      'Denmark gives the most relative to its economy: 3.27% of GDP; the 41 donors together 0.42% of their combined GDP.',
    );
  });
  it('months: largest and latest', () => {
    expect(kielMonthlyTakeaway(monthlyAllocations(rows, filtersOf()))).toBe(
      `Largest month: Oct 2024 with ${eur(23.1e9)}; latest month Apr 2026: ${eur(7.794256e9)}.`,
    );
  });
  it('months: the largest is the latest', () => {
    const months = [
      { period: '2025-01', military: 1, financial: 0, humanitarian: 0, total: 1 },
      { period: '2025-02', military: 2, financial: 0, humanitarian: 0, total: 2 },
    ];
    expect(kielMonthlyTakeaway(months)).toBe(
      `Largest month: Feb 2025 with ${eur(2e9)}; which is also the latest month.`,
    );
  });
  it.each([[[]], [[{ period: '2025-01', military: 0, financial: 0, humanitarian: 0, total: 0 }]]])(
    'months: nothing allocated %#',
    (months) => {
      expect(kielMonthlyTakeaway(months)).toBe('No Kiel tracker allocations match this filter.');
    },
  );
});

describe('takeaways in German (bundled data)', () => {
  beforeEach(() => setLocale('de'));
  afterEach(() => setLocale('en'));

  it('pledges by donor: the leader, its share with a German percent sign; joint packages only partly the selection’s are beside, not in, the total', () => {
    const { byDonor } = pledgeView({ donors: ['POL', 'NOR', 'DEU'] }).view;
    expect(pledgesByDonorTakeaway(byDonor)).toBe(
      `An der Spitze: Deutschland mit 26,1\u00a0Mrd.\u00a0€ (64\u00a0% der 40,6\u00a0Mrd.\u00a0€ von 3 Gebern).`,
    );
  });
  it('pledges by donor: the whole data set, led by the EU institutions (a plural name)', () => {
    const text = pledgesByDonorTakeaway(pledgeView({}).view.byDonor);
    expect(text).toMatch(
      /^An der Spitze: EU-Institutionen mit \d+\u00a0Mrd\.\u00a0€ \(\d+\u00a0% der /,
    );
    expect(text).not.toMatch(/leads|counted|donors|of joint/);
  });
  it('pledges by donor: one donor, only joint money, nothing', () => {
    expect(pledgesByDonorTakeaway(pledgeView({ donors: ['NOR'] }).view.byDonor)).toBe(
      'Norwegen: 14,4\u00a0Mrd.\u00a0€ gezählt.',
    );
    expect(
      pledgesByDonorTakeaway({
        bars: [{ donor: 'JOINT', totalEur: 5e8, parts: { purl: 5e8 }, pledgeCount: 1 }],
        keys: ['purl'],
        totalEur: 5e8,
      }),
    ).toBe(
      '500\u00a0Mio.\u00a0€ gezählt, alles in gemeinsamen Paketen, keinem einzelnen Land zugeordnet.',
    );
    expect(pledgesByDonorTakeaway({ bars: [], keys: [], totalEur: 0 })).toBe(
      'Keine Zusagen passen zu diesem Filter.',
    );
  });

  it('PURL: donors joined with "und", German date, the running total', () => {
    const { events } = pledgeView({ donors: ['POL', 'NOR', 'DEU'] });
    expect(purlTimelineTakeaway(events, false)).toBe(
      `Niederlande, Vereinigtes Königreich, Norwegen und Schweden: 500\u00a0Mio.\u00a0USD über PURL am 12. Feb. 2026, die jüngste von 8; insgesamt ${eur(events.at(-1)?.runningEur ?? NaN)}, jeder Euro einmal gezählt.`,
    );
    expect(purlTimelineTakeaway(events, false, ['POL', 'NOR', 'DEU'])).toMatch(
      /^(Polen|Norwegen|Deutschland).*der ausgewählten Geber; .* eigenes Geld\. \d+ gemeinsame/,
    );
    expect(purlTimelineTakeaway(events.slice(0, 1), false)).toContain(', die einzige; insgesamt ');
    expect(purlTimelineTakeaway([], false)).toBe('Keine PURL-Zusagen passen zu diesem Filter.');
  });
  it('PURL per month', () => {
    const months = aggregatePurlByMonth(pledgeView({}).events);
    expect(purlTimelineTakeaway(months, true)).toMatch(
      /^Jüngster Monat \S+ \d{4}: .+; insgesamt .+, jeder Euro einmal gezählt\.$/,
    );
  });

  it('Kiel allocations in EUR, as % of GDP, and for one donor', () => {
    const rows = realKielRows();
    expect(kielAllocationsTakeaway(allocationsByDonor(rows, filtersOf(), 'eur'), 'eur')).toBe(
      `Am meisten bereitgestellt: Vereinigte Staaten mit ${eur(115.38065e9)}, 32\u00a0% der ${eur(358.3995e9)} aller 42 gezeigten Geber.`,
    );
    expect(kielAllocationsTakeaway(allocationsByDonor(rows, filtersOf(), 'gdp'), 'gdp')).toBe(
      'Gemessen an der Wirtschaftskraft am meisten: Dänemark mit 3,27\u00a0% des BIP; die 41 Geber zusammen 0,42\u00a0% ihres gemeinsamen BIP.',
    );
    const one = allocationsByDonor(rows, filtersOf({ donors: ['DEU'] }), 'eur');
    expect(kielAllocationsTakeaway(one, 'eur')).toMatch(
      /^Deutschland: \d+(,\d+)?\u00a0Mrd\.\u00a0€ bereitgestellt\.$/,
    );
    expect(kielAllocationsTakeaway({ ...one, rows: [] }, 'eur')).toBe(
      'Keine Bereitstellungen des Kiel-Trackers passen zu diesem Filter.',
    );
  });
  it('Kiel months: largest and latest, and the largest being the latest', () => {
    expect(kielMonthlyTakeaway(monthlyAllocations(realKielRows(), filtersOf()))).toBe(
      `Stärkster Monat: Okt. 2024 mit ${eur(23.1e9)}; jüngster Monat Apr. 2026: ${eur(7.794256e9)}.`,
    );
    const months = [
      { period: '2025-01', military: 1, financial: 0, humanitarian: 0, total: 1 },
      { period: '2025-03', military: 2, financial: 0, humanitarian: 0, total: 2 },
    ];
    expect(kielMonthlyTakeaway(months)).toBe(
      'Stärkster Monat: März 2025 mit 2\u00a0Mrd.\u00a0€; zugleich der jüngste Monat.',
    );
  });
});
