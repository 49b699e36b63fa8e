import { analyseImport } from '../model/analyse-import';
import type { ImportAnalysis } from '../model/import-types';
import { DECODE_SLICE, type ImportRequest, type ImportResponse } from './worker-protocol';

/**
 * Decode the bytes (UTF-8, byte-order mark kept for the parser to note) slice by slice, reporting
 * progress, then check the text. No DOM: runs in the worker, and in the page where no worker exists.
 */
export function runAnalysis(
  request: Extract<ImportRequest, { type: 'check' }>,
  report: (message: ImportResponse) => void,
): ImportAnalysis {
  const bytes = new Uint8Array(request.buffer);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let text = '';
  for (let offset = 0; offset < bytes.length; offset += DECODE_SLICE) {
    const end = Math.min(bytes.length, offset + DECODE_SLICE);
    text += decoder.decode(bytes.subarray(offset, end), { stream: end < bytes.length });
    report({ type: 'progress', stage: 'decoding', fraction: 0.1 + 0.3 * (end / bytes.length) });
  }
  text += decoder.decode();
  report({ type: 'progress', stage: 'checking', fraction: 0.45 });
  const analysis = analyseImport(text, request.fileName, {
    kind: request.kind,
    release: request.release,
    now: new Date(request.now),
    locale: request.locale,
    ratedCurrencies: request.fx ? request.fx.rates.map((rate) => rate.currency) : undefined,
  });
  report({ type: 'progress', stage: 'done', fraction: 1 });
  return analysis;
}
