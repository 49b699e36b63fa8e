import { kielText } from '../kiel-text';
import {
  KielRowReader,
  readKielTable,
  sumsMatch,
  toPeriod,
  YEAR_MAX,
  YEAR_MIN,
  type KielTableParse,
  showNumber,
} from './kiel-table';

/** One donor-month of the Kiel data explorer (EUR bn). Absent donor-months mean zero. */
export interface KielDonorMonth {
  country: string;
  /** ISO 3166-1 alpha-3, or EU for "EU (Commission and Council)". */
  iso: string;
  year: number;
  month: number;
  /** YYYY-MM */
  period: string;
  total: number;
  financial: number;
  humanitarian: number;
  military: number;
  commitments: number | null;
  /** Net figure; can be negative (commitments allocated in a later month). Never subtracted. */
  toBeAllocated: number | null;
  /** Donor GDP in EUR bn; null when absent or not positive (EU institutions are given as 0). */
  gdp: number | null;
  pctGdp: number | null;
}

export interface KielQuirks {
  /** Rows whose to_be_allocated is negative: kept as published, never subtracted. */
  negativeToBeAllocatedRows: number;
  /** ISO codes of donors with at least one such row. */
  negativeToBeAllocatedDonors: string[];
  /** ISO codes of donors without a usable GDP (absent, empty or 0). */
  donorsWithoutGdp: string[];
}

export interface KielDataExplorerParse extends KielTableParse<KielDonorMonth> {
  quirks: KielQuirks;
}

export const DATA_EXPLORER_REQUIRED = [
  'country',
  'iso',
  'year',
  'month',
  'total',
  'financial',
  'humanitarian',
  'military',
] as const;
export const DATA_EXPLORER_OPTIONAL = ['commitments', 'to_be_allocated', 'gdp', 'pct_gdp'] as const;

/** Parse `data_explorer.csv`. Bad rows are rejected one by one; the rest are kept. */
export function parseKielDataExplorer(text: string): KielDataExplorerParse {
  const table = readKielTable(text, DATA_EXPLORER_REQUIRED, DATA_EXPLORER_OPTIONAL);
  const rows: KielDonorMonth[] = [];
  const problems = [...table.problems];
  const warnings: KielDataExplorerParse['warnings'] = [];
  const negativeDonors = new Set<string>();
  const noGdpDonors = new Set<string>();
  const seen = new Map<string, number>();
  let negativeRows = 0;

  for (const record of table.records) {
    const r = new KielRowReader(table, record);
    const iso = r.text('iso');
    const country = r.optionalText('country') ?? iso;
    const year = r.integer('year', YEAR_MIN, YEAR_MAX);
    const month = r.integer('month', 1, 12);
    const total = r.amount('total');
    const financial = r.amount('financial');
    const humanitarian = r.amount('humanitarian');
    const military = r.amount('military');
    const commitments = r.optionalNumber('commitments');
    const toBeAllocated = r.optionalNumber('to_be_allocated');
    const gdpValue = r.optionalNumber('gdp');
    const pctGdpValue = r.optionalNumber('pct_gdp');
    if (r.failure) {
      problems.push(r.failure);
      continue;
    }
    warnings.push(...r.warnings);

    const parts = financial + humanitarian + military;
    if (!sumsMatch(total, parts)) {
      warnings.push({
        line: r.line,
        field: 'total',
        message: kielText().rows.totalDiffers(
          showNumber(total),
          'financial + humanitarian + military',
          showNumber(parts),
        ),
      });
    }
    const period = toPeriod(year, month);
    const key = `${iso}|${period}`;
    const firstLine = seen.get(key);
    if (firstLine === undefined) seen.set(key, r.line);
    else
      warnings.push({
        line: r.line,
        field: '(row)',
        message: kielText().rows.secondRow(iso, period, String(firstLine)),
      });

    if (toBeAllocated !== null && toBeAllocated < 0) {
      negativeRows++;
      negativeDonors.add(iso);
    }
    const gdp = gdpValue !== null && gdpValue > 0 ? gdpValue : null;
    if (gdp === null) noGdpDonors.add(iso);

    rows.push({
      country,
      iso,
      year,
      month,
      period,
      total,
      financial,
      humanitarian,
      military,
      commitments,
      toBeAllocated,
      gdp,
      pctGdp: gdp === null ? null : pctGdpValue,
    });
  }

  return {
    rows,
    header: table.header,
    missingRequired: table.missingRequired,
    duplicateColumns: table.duplicateColumns,
    problems,
    warnings,
    recordCount: table.records.length,
    truncated: table.truncated,
    quirks: {
      negativeToBeAllocatedRows: negativeRows,
      negativeToBeAllocatedDonors: [...negativeDonors].sort(),
      donorsWithoutGdp: [...noGdpDonors].sort(),
    },
  };
}
