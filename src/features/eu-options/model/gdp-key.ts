/** A donor-month row as the Kiel release gives it (only the fields the key needs). */
export interface GdpRow {
  iso: string;
  period: string;
  gdp: number | null;
}

export interface GdpTable {
  /** GDP in EUR bn by ISO code: the value of the donor's latest month in the release. */
  byCode: ReadonlyMap<string, number>;
  /** Donors whose GDP differs between months (the latest value is used for them). */
  varying: string[];
}

/** One GDP value per donor from the Kiel data explorer rows (rows without a GDP are skipped). */
export function gdpTableFromKiel(rows: readonly GdpRow[]): GdpTable {
  const latest = new Map<string, { period: string; gdp: number }>();
  const values = new Map<string, Set<number>>();
  for (const row of rows) {
    if (row.gdp === null || !Number.isFinite(row.gdp) || row.gdp <= 0) continue;
    const seen = values.get(row.iso) ?? new Set<number>();
    seen.add(row.gdp);
    values.set(row.iso, seen);
    const current = latest.get(row.iso);
    if (!current || row.period > current.period)
      latest.set(row.iso, { period: row.period, gdp: row.gdp });
  }
  return {
    byCode: new Map([...latest].map(([iso, { gdp }]) => [iso, gdp])),
    varying: [...values]
      .filter(([, set]) => set.size > 1)
      .map(([iso]) => iso)
      .sort(),
  };
}

export type GdpShare =
  | { ok: true; share: number; countryGdp: number; groupGdp: number; missing: string[] }
  | { ok: false; reason: 'not-in-group' | 'no-gdp'; missing: string[] };

/**
 * The country's share of the group's GDP (0..1). Members without a GDP are left out of the sum
 * and named in `missing`; a country outside the group has no share.
 */
export function gdpShare(
  country: string,
  group: readonly string[],
  gdp: ReadonlyMap<string, number>,
): GdpShare {
  const missing = group.filter((code) => !gdp.has(code));
  if (!group.includes(country)) return { ok: false, reason: 'not-in-group', missing };
  const countryGdp = gdp.get(country);
  if (countryGdp === undefined) return { ok: false, reason: 'no-gdp', missing };
  const groupGdp = group.reduce((sum, code) => sum + (gdp.get(code) ?? 0), 0);
  if (!(groupGdp > 0)) return { ok: false, reason: 'no-gdp', missing };
  return { ok: true, share: countryGdp / groupGdp, countryGdp, groupGdp, missing };
}
