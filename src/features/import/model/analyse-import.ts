import { analyseKiel } from './analyse-kiel';
import { analysePledgesCsv, analysePledgesJson } from './analyse-pledges';
import { detectKind, releaseFromFileName } from './detect-kind';
import { getLocale, setLocale, type Locale } from '@/lib/i18n/locale';
import { importText } from '../import-text';
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
  const current = getLocale();
  if (!options.locale || options.locale === current) return analyseIn(text, fileName, options);
  // Synchronous: nothing else runs while the report is worded in the other language.
  setLocale(options.locale);
  try {
    return analyseIn(text, fileName, options);
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
  const result =
    detected.format === 'json'
      ? analysePledgesJson(text, fileName, options.now)
      : analysePledgesCsv(text, fileName, options.now);
  const warnings = options.ratedCurrencies
    ? [...result.warnings, ...unratedWarnings(result.payload, options.ratedCurrencies)]
    : result.warnings;
  return { ...base, kind, release: null, ...result, warnings };
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
