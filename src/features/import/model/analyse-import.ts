import { analyseKiel } from './analyse-kiel';
import { analysePledgesCsv, analysePledgesJson } from './analyse-pledges';
import { detectKind, releaseFromFileName } from './detect-kind';
import type { DataSetKind, ImportAnalysis } from './import-types';

export interface AnalyseOptions {
  /** The user's choice when the detection is wrong or undecided. */
  kind?: DataSetKind | undefined;
  /** Kiel release number given by the user (else read from the file name when it has one). */
  release?: string | undefined;
  now: Date;
}

/**
 * Check a file to import, without side effects: the same pure function runs in the Web Worker,
 * in the unit tests and in scripts/data-import.ts. Nothing is stored here.
 */
export function analyseImport(
  text: string,
  fileName: string,
  options: AnalyseOptions,
): ImportAnalysis {
  const detected = detectKind(text, fileName);
  const kind = options.kind ?? detected.kind;
  const release = options.release?.trim() || releaseFromFileName(fileName);
  const base = { fileName, detectedKind: detected.kind, format: detected.format, release };
  if (kind === null) {
    return {
      ...base,
      kind: 'pledges',
      fatal: [
        'Not recognised: neither a Kiel data_explorer.csv (columns iso, total, ...) nor a pledge list (columns id, donors, instrument, ...). Choose the kind by hand or check the header line.',
      ],
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
        fatal: ['A Kiel tracker file must be the CSV file data_explorer.csv, not JSON.'],
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
  return { ...base, kind, release: null, ...result };
}
