import type {
  Category,
  Instrument,
  PledgeConflict,
  PledgeStatus,
} from '@/features/pledges/api/pledge-schema';
import type { reliabilityValues, Source } from '@/lib/schema-primitives';

export type Reliability = (typeof reliabilityValues)[number];

/**
 * The maintainer's decisions for one row of the research file pledges.csv. Everything that is
 * judgement lives here; the build script only copies amounts, currencies, dates, descriptions and
 * source titles/addresses from the CSV.
 */
export interface PledgeAnnotation {
  /** ISO 3166-1 alpha-3 codes (EU institutions: EU); every participant for a package total. */
  donors: string[];
  /** Only set for joint package totals; every other row is a `contribution`. */
  kind?: 'package-total';
  label: string;
  instrument: Instrument;
  category: Category;
  /**
   * The words of the description that qualify the row's own amount ("'up to' USD 500m"); the
   * qualifier is parsed from them. Absent: the amount is exact. Words that qualify a conversion
   * into another currency ("~USD 135m") do not count.
   */
  amountPhrase?: string;
  status: PledgeStatus;
  statusNote?: string;
  shareOf?: string;
  spans?: string[];
  includedIn?: string;
  /** Reliability of the row's own source (source_title/source_url). */
  reliability: Reliability;
  /** Publication date of the row's own source when it is not the announcement date. */
  sourceDate?: string | null;
  /** Further sources: every address quoted inside the description must appear here. */
  extraSources?: Source[];
  conflicts?: PledgeConflict[];
  /** Appended to the research description (which is kept verbatim). */
  descriptionNote?: string;
}

/** Decisions for one row of purl_running_totals.csv, keyed by `date type`. */
export interface PurlStatementAnnotation {
  reliability: Reliability;
}
