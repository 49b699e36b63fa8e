// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_FILTERS } from '@/lib/filter-state';
import * as v from 'valibot';
import { fxRatesSchema } from '@/lib/fx-schema';
import {
  buildRateTable,
  JOINT_KEY,
  parsePledgeRows,
  preparePledges,
  selectPledgeView,
  type PledgeDataset,
} from '@/features/pledges';
import { analyseImport } from './analyse-import';
import { pledgeTotals } from './donor-totals';
import { addToBundled } from './merge-pledges';

const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');
const bundled = parsePledgeRows(JSON.parse(read('public/data/pledges.json')), 'pledges.json');
const fx = v.parse(fxRatesSchema, JSON.parse(read('public/data/fx-rates.json')));
const rates = buildRateTable(fx);
const FILE = 'pledges-share-of-bundled.csv';
const text = read(`tests/fixtures/import/${FILE}`);
const now = new Date('2026-03-01T00:00:00Z');

describe('a pledge list checked as added to the bundled pledges', () => {
  it('a share of a bundled PURL package (P013) is accepted when adding, rejected on its own', () => {
    expect(bundled.rejected).toEqual([]);
    const analysis = analyseImport(text, FILE, { now, addTo: bundled.dataset });
    // On its own (replacing): the package is not in the file; row 2 and the field are named.
    expect(analysis.fatal).toHaveLength(1);
    expect(analysis.rejected).toEqual([
      { row: 2, label: 'U911', reason: expect.stringMatching(/^shareOf: .*P013/) as string },
    ]);
    // Added: P013 resolves among the bundled lines.
    expect(analysis.asAdded?.fatal).toEqual([]);
    expect(analysis.asAdded?.rejected).toEqual([]);
    expect(analysis.asAdded?.accepted).toBe(1);
    const payload = analysis.asAdded?.payload;
    expect(payload?.kind === 'pledges' && payload.data.dataset.pledges.map((p) => p.id)).toEqual([
      'U911',
    ]);
  });

  it('without the bundled pledges nothing is checked as added', () => {
    expect(analyseImport(text, FILE, { now }).asAdded).toBeUndefined();
  });

  it('a line with a bundled id replaces it: a share of that id’s package resolves; duplicates in the file still named', () => {
    const rows = [
      'id,donors,kind,label,instrument,category,amount,currency,status,share_of,source_title,source_url',
      // Replaces the bundled package P013 (same id, same kind): still a package.
      'P013,DNK~EST~FIN~ISL~LVA~LTU~NOR~SWE,package-total,Nordic-Baltic PURL,purl,military,600000000,USD,pledged,,T,https://example.org/a',
      'U912,FIN,contribution,FIN share,purl,military,10000000,USD,pledged,P013,T,https://example.org/b',
      'U912,FIN,contribution,FIN again,purl,military,10000000,USD,pledged,P013,T,https://example.org/c',
    ].join('\n');
    const analysis = analyseImport(rows, 'mine.csv', { now, addTo: bundled.dataset });
    expect(analysis.asAdded?.accepted).toBe(2);
    expect(analysis.asAdded?.rejected).toEqual([
      { row: 4, label: 'U912', reason: expect.stringMatching(/^id: /) as string },
    ]);
  });

  it('joint packages counted once: donor totals, the package and the headline match a sum by hand', () => {
    const analysis = analyseImport(text, FILE, { now, addTo: bundled.dataset });
    const payload = analysis.asAdded?.payload;
    if (payload?.kind !== 'pledges') throw new Error('not usable when adding');
    const merged = parsePledgeRows(addToBundled(bundled.dataset, payload.data.dataset, FILE), FILE);
    expect(merged.rejected).toEqual([]);
    const eur = (currency: string, amount: number) => {
      const rate = fx.rates.find((r) => r.currency === currency)?.eurPerUnit;
      if (rate === undefined) throw new Error(currency);
      return amount * rate;
    };
    const total = (data: PledgeDataset) =>
      selectPledgeView(preparePledges(data, rates), EMPTY_FILTERS, 'category').headline.totalEur;
    const byDonor = (data: PledgeDataset) =>
      new Map(pledgeTotals(data, rates).map((row) => [row.code, row.eurBn * 1e9]));
    const before = byDonor(bundled.dataset);
    const after = byDonor(merged.dataset);
    const share = eur('USD', 90_000_000);

    // Finland counts its own share, and only that (it has no other line in the bundled data).
    expect(before.get('FIN') ?? 0).toBe(0);
    expect(after.get('FIN')).toBeCloseTo(share, 0);
    // The package's unattributed rest shrinks by the share, computed here from the rows by hand.
    const pkg = bundled.dataset.pledges.find((p) => p.id === 'P013');
    if (!pkg) throw new Error('no P013');
    const sharesBefore = bundled.dataset.pledges
      .filter((p) => p.shareOf === 'P013')
      .reduce((sum, p) => sum + eur(p.currency, p.amount), 0);
    const restBefore = eur(pkg.currency, pkg.amount) - sharesBefore;
    expect(restBefore).toBeGreaterThan(share);
    expect((before.get(JOINT_KEY) ?? 0) - (after.get(JOINT_KEY) ?? 0)).toBeCloseTo(share, 0);
    // Every other donor is unchanged.
    for (const [code, value] of before) {
      if (code !== JOINT_KEY) expect(after.get(code)).toBeCloseTo(value, 0);
    }
    // The package total is unchanged and the headline with it: the share is inside the package.
    expect(merged.dataset.pledges.find((p) => p.id === 'P013')).toEqual(pkg);
    expect(total(merged.dataset)).toBeCloseTo(total(bundled.dataset), 0);
    const sumByDonor = [...after.values()].reduce((sum, value) => sum + value, 0);
    expect(total(merged.dataset)).toBeCloseTo(sumByDonor, 0);
  });
});
