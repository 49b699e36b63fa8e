import { analyseKiel } from './analyse-kiel';
import { decodeImportBytes } from './decode-bytes';
import { analysePledgesCsv, analysePledgesJson } from './analyse-pledges';
import { detectKind, releaseFromFileName } from './detect-kind';
import { getLocale, setLocale, type Locale } from '@/lib/i18n/locale';
import { importText } from '../import-text';
import type { PledgeDataset } from '@/features/pledges';
import type { DataSetKind, ImportAnalysis } from './import-types';

export interface AnalyseOptions {
  /** The user's choice when the detection is wrong or undecided. */
  kind?: DataSetKind | undefined;
  /** Kiel release number given by the user (else read from the file name when it has one). */
  release?: string | undefined;
  now: Date;
  /**
   * The language of the report (default: the current one). A Web Worker has its own module
   * locale (English), so the page passes its language along.
   */
  locale?: Locale | undefined;
  /**
   * Currencies with a reference rate (the bundled fx-rates.json). A pledge in another currency is
   * kept, shown as not converted and not counted, and warned about by name. Omitted: not checked.
   */
  ratedCurrencies?: readonly string[] | undefined;
  /**
   * The bundled pledges: a pledge list is then also checked as added to them (`asAdded`: links
   * to bundled packages resolve, a line with a bundled id replaces it). Omitted: file alone only.
   */
  addTo?: PledgeDataset | null | undefined;
}

/**
 * Check a file to import, without side effects: the same pure function runs in the Web Worker,
 * in the unit tests and in scripts/data-import.ts. Nothing is stored here. The report is worded in
 * `options.locale` (default: the current language; English in the CLI).
 */
export function analyseImport(
  text: string,
  fileName: string,
  options: AnalyseOptions,
): ImportAnalysis {
  return inLocale(options.locale, () => analyseIn(text, fileName, options));
}

/**
 * The same check from the file's bytes: decoded by decodeImportBytes (UTF-8, else Windows-1252
 * with a warning; UTF-16 and binary files refused by name). The worker and the CLI both use it.
 */
export function analyseImportBytes(
  bytes: Uint8Array,
  fileName: string,
  options: AnalyseOptions,
  onSlice?: (fraction: number) => void,
): ImportAnalysis {
  return inLocale(options.locale, () => {
    const decoded = decodeImportBytes(bytes, onSlice);
    if (decoded.text === null) {
      return {
        fileName,
        kind: options.kind ?? 'pledges',
        detectedKind: null,
        format: /\.json$/i.test(fileName) ? 'json' : 'csv',
        release: null,
        fatal: [decoded.refusal],
        accepted: 0,
        rejected: [],
        warnings: [],
        notes: [],
        payload: null,
      };
    }
    const analysis = analyseIn(decoded.text, fileName, options);
    if (!decoded.warning) return analysis;
    return {
      ...analysis,
      warnings: [{ row: null, label: null, reason: decoded.warning }, ...analysis.warnings],
    };
  });
}

/** Runs `work` with the report worded in `locale` (synchronous: nothing else runs meanwhile). */
function inLocale<T>(locale: Locale | undefined, work: () => T): T {
  const current = getLocale();
  if (!locale || locale === current) return work();
  setLocale(locale);
  try {
    return work();
  } finally {
    setLocale(current);
  }
}

function analyseIn(text: string, fileName: string, options: AnalyseOptions): ImportAnalysis {
  const detected = detectKind(text, fileName);
  const kind = options.kind ?? detected.kind;
  const release = options.release?.trim() || releaseFromFileName(fileName);
  const base = { fileName, detectedKind: detected.kind, format: detected.format, release };
  if (kind === null) {
    return {
      ...base,
      kind: 'pledges',
      fatal: [importText().check.notRecognised],
      accepted: 0,
      rejected: [],
      warnings: [],
      notes: [],
      payload: null,
    };
  }
  if (kind === 'kiel') {
    if (detected.format === 'json') {
      return {
        ...base,
        kind,
        fatal: [importText().check.kielNotJson],
        accepted: 0,
        rejected: [],
        warnings: [],
        notes: [],
        payload: null,
      };
    }
    return { ...base, kind, ...analyseKiel(text) };
  }
  const check = (bundled: PledgeDataset | null) => {
    const result =
      detected.format === 'json'
        ? analysePledgesJson(text, fileName, options.now, bundled)
        : analysePledgesCsv(text, fileName, options.now, bundled);
    const warnings = options.ratedCurrencies
      ? [...result.warnings, ...unratedWarnings(result.payload, options.ratedCurrencies)]
      : result.warnings;
    return { ...result, warnings };
  };
  const asAdded = options.addTo ? check(options.addTo) : undefined;
  return { ...base, kind, release: null, ...check(null), ...(asAdded && { asAdded }) };
}

/** One warning per pledge (or conflicting value) in a currency without a reference rate. */
function unratedWarnings(
  payload: ImportAnalysis['payload'],
  rated: readonly string[],
): ImportAnalysis['warnings'] {
  if (payload?.kind !== 'pledges') return [];
  const known = new Set(rated);
  return payload.data.dataset.pledges.flatMap((pledge) =>
    [pledge.currency, ...(pledge.conflicts ?? []).map((c) => c.currency)]
      .filter((currency, i, all) => !known.has(currency) && all.indexOf(currency) === i)
      .map((currency) => ({
        row: null,
        label: pledge.id,
        reason: importText().check.noRate(currency),
      })),
  );
}
