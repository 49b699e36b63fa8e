// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseKielDataExplorer, type KielDonorMonth } from '../model/parse-kiel';
import { diffKielReleases } from './release-diff';

function row(iso: string, period: string, military: number, financial = 0): KielDonorMonth {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return {
    country: iso,
    iso,
    year,
    month,
    period,
    total: military + financial,
    financial,
    humanitarian: 0,
    military,
    commitments: null,
    toBeAllocated: null,
    gdp: null,
    pctGdp: null,
  };
}

describe('diffKielReleases (constructed releases)', () => {
  const previous = [row('DEU', '2026-03', 1), row('DEU', '2026-04', 2), row('POL', '2026-04', 0.5)];
  const next = [
    row('DEU', '2026-03', 1.25), // revision +0.25
    row('DEU', '2026-04', 2),
    row('DEU', '2026-05', 0.75), // new month
    row('NOR', '2026-02', 0.1), // a new donor's earlier month: a revision (it was zero)
    row('NOR', '2026-06', 0, 3),
  ];
  const diff = diffKielReleases(previous, next);

  it('tells new months apart from revisions of months the previous release covered', () => {
    expect(diff.previousLastMonth).toBe('2026-04');
    expect(diff.nextLastMonth).toBe('2026-06');
    expect(diff.newMonths).toEqual(['2026-05', '2026-06']);
    const deu = diff.rows.find((r) => r.iso === 'DEU' && r.type === 'military');
    expect(deu).toMatchObject({ added: 0.75, revised: 0.25 });
    expect(deu?.revisions).toEqual([{ period: '2026-03', old: 1, new: 1.25 }]);
  });

  it('counts a month that disappeared as revised to zero, and names new and dropped donors', () => {
    expect(diff.rows.find((r) => r.iso === 'POL')).toMatchObject({
      type: 'military',
      added: 0,
      revised: -0.5,
    });
    expect(diff.newDonors).toEqual(['NOR']);
    expect(diff.droppedDonors).toEqual(['POL']);
    expect(diff.rows.find((r) => r.iso === 'NOR' && r.type === 'financial')?.added).toBe(3);
    expect(diff.totals.military.added).toBeCloseTo(0.75);
    expect(diff.totals.military.revised).toBeCloseTo(0.25 + 0.1 - 0.5);
  });

  it('reports nothing between identical releases, and ignores rounding noise', () => {
    expect(diffKielReleases(previous, previous).rows).toEqual([]);
    const noisy = previous.map((r) => ({ ...r, military: r.military + 1e-7 }));
    expect(diffKielReleases(previous, noisy).rows).toEqual([]);
  });
});

// Real files from the tracker's public repository (trimmed to six donors; see the fixtures' README).
const FIXTURES = join(process.cwd(), 'tests/fixtures/kiel-releases');
const csv = (release: string) => readFileSync(join(FIXTURES, release, 'data_explorer.csv'), 'utf8');

/** Independent of the parser: sums one column for one donor over months, from the raw lines. */
function rawSum(text: string, iso: string, column: string, keep: (period: string) => boolean) {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const names = header!.split(',').map((n) => n.replaceAll('"', ''));
  let sum = 0;
  for (const line of lines) {
    const cells = line.split(',').map((c) => c.replaceAll('"', ''));
    const at = (name: string) => cells[names.indexOf(name)] ?? '';
    const period = `${at('year')}-${at('month').padStart(2, '0')}`;
    if (at('iso') === iso && keep(period)) sum += Number(at(column));
  }
  return sum;
}

describe('diffKielReleases on two real releases of the tracker', () => {
  it('Release 29 (4 Aug 2026) -> the repository’s "Release 30 (07/2026)" file: May and June are new', () => {
    const before = csv('r29-2026-08-04');
    const after = csv('r30-label-2026-07-21');
    const diff = diffKielReleases(
      parseKielDataExplorer(before).rows,
      parseKielDataExplorer(after).rows,
    );
    expect(diff.previousLastMonth).toBe('2026-04');
    expect(diff.newMonths).toEqual(['2026-05', '2026-06']);
    for (const iso of ['DEU', 'GBR', 'EU']) {
      const added = diff.rows.find((r) => r.iso === iso && r.type === 'military')?.added ?? 0;
      expect(added).toBeCloseTo(
        rawSum(after, iso, 'military', (p) => p > '2026-04'),
        6,
      );
      const revised = diff.rows.find((r) => r.iso === iso && r.type === 'military')?.revised ?? 0;
      const old = (text: string) => rawSum(text, iso, 'military', (p) => p <= '2026-04');
      expect(revised).toBeCloseTo(old(after) - old(before), 6);
    }
    // The UK's military allocations were revised down by EUR 2.68bn in earlier months.
    expect(diff.rows.find((r) => r.iso === 'GBR' && r.type === 'military')?.revised).toBeCloseTo(
      -2.68021,
      5,
    );
  });

  it('Release 29 as first published (26 Jul 2026) -> as revised (4 Aug 2026): revisions only', () => {
    const diff = diffKielReleases(
      parseKielDataExplorer(csv('r29-2026-07-26')).rows,
      parseKielDataExplorer(csv('r29-2026-08-04')).rows,
    );
    expect(diff.newMonths).toEqual([]);
    expect(diff.rows.every((r) => r.added === 0 && r.revisions.length > 0)).toBe(true);
    expect(diff.rows.map((r) => `${r.iso} ${r.type}`)).toEqual([
      'GBR military',
      'POL military',
      'DEU military',
      'DEU humanitarian',
    ]);
  });
});
