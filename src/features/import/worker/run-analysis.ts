import { analyseImportBytes } from '../model/analyse-import';
import type { DataSetMeta, DataSetPayload, ImportAnalysis } from '../model/import-types';
import type { ImportRequest, ImportResponse } from './worker-protocol';

/**
 * Decode the bytes (decodeImportBytes: UTF-8, else Windows-1252 with a warning; UTF-16 refused)
 * slice by slice, reporting progress, then check the text. No DOM: runs in the worker, and in the
 * page where no worker exists.
 */
export function runAnalysis(
  request: Extract<ImportRequest, { type: 'check' }>,
  report: (message: ImportResponse) => void,
): ImportAnalysis {
  const analysis = analyseImportBytes(
    new Uint8Array(request.buffer),
    request.fileName,
    {
      kind: request.kind,
      release: request.release,
      now: new Date(request.now),
      locale: request.locale,
      ratedCurrencies: request.fx ? request.fx.rates.map((rate) => rate.currency) : undefined,
      // A pledge list is checked both ways: on its own (replace) and added to the bundled lines.
      addTo: request.bundled,
    },
    (fraction) => {
      report({ type: 'progress', stage: 'decoding', fraction: 0.1 + 0.3 * fraction });
      if (fraction === 1) report({ type: 'progress', stage: 'checking', fraction: 0.45 });
    },
  );
  report({ type: 'progress', stage: 'done', fraction: 1 });
  return analysis;
}

/** The rows to keep for the chosen way: checked as added to the bundled lines, or on their own. */
export function payloadFor(analysis: ImportAnalysis, meta: DataSetMeta): DataSetPayload | null {
  if (meta.mode === 'add' && analysis.asAdded) return analysis.asAdded.payload;
  return analysis.payload;
}
