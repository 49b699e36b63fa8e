import { importText } from '../import-text';

/** The text of a file, or why it cannot be read; `warning` when it was read as Windows-1252. */
export type DecodedFile =
  | { text: string; encoding: 'utf-8' | 'windows-1252'; warning: string | null }
  | { text: null; refusal: string };

/** Slices of 1 MiB, so that the caller can report progress. */
export const DECODE_SLICE = 1 << 20;

/**
 * UTF-16 by its byte-order mark, or (no mark) by zero bytes in nearly every other place (a CSV is
 * mostly ASCII, whose UTF-16 form has a zero in each pair).
 */
function utf16(bytes: Uint8Array): 'UTF-16 LE' | 'UTF-16 BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 BE';
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.9 && evenZeros < pairs * 0.05) return 'UTF-16 LE';
  if (evenZeros > pairs * 0.9 && oddZeros < pairs * 0.05) return 'UTF-16 BE';
  return null;
}

/** Windows-1252's characters for 0x80..0x9f (WHATWG table; the five unassigned stay C1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252 by hand: Node's TextDecoder reads the label as Latin-1 (0x80 -> U+0080, not "€"),
 * browsers follow the WHATWG table; this gives the same text everywhere.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += 8192) {
    const codes = Array.from(bytes.subarray(offset, offset + 8192), (byte) =>
      byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Up to three words with letters outside ASCII, as they read in Windows-1252. */
function accentedExamples(text: string): string {
  const words = new Set<string>();
  for (const match of text.matchAll(/\p{L}*[^\p{ASCII}]\p{L}*/gu)) {
    if (words.size >= 3) break;
    if (/\p{L}/u.test(match[0])) words.add(`"${match[0]}"`);
  }
  return [...words].join(', ');
}

/**
 * Decode an imported file: UTF-8 (checked with a fatal decoder: a byte sequence that is not
 * UTF-8 is never turned into replacement characters), else Windows-1252 with a warning naming
 * some of the words to check. UTF-16 (either byte order, with or without a byte-order mark) and
 * files holding zero bytes are refused by name. The UTF-8 byte-order mark is kept for the parsers
 * to note. The same function runs in the browser's worker and in the CLI.
 */
export function decodeImportBytes(
  bytes: Uint8Array,
  onSlice: (fraction: number) => void = () => {},
): DecodedFile {
  const words = importText().check;
  const wide = utf16(bytes);
  if (wide) return { text: null, refusal: words.utf16(wide) };
  if (bytes.subarray(0, 65536).includes(0)) return { text: null, refusal: words.notText };
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let text = '';
  try {
    for (let offset = 0; offset < bytes.length; offset += DECODE_SLICE) {
      const end = Math.min(bytes.length, offset + DECODE_SLICE);
      text += decoder.decode(bytes.subarray(offset, end), { stream: end < bytes.length });
      onSlice(end / bytes.length);
    }
    text += decoder.decode();
    return { text, encoding: 'utf-8', warning: null };
  } catch {
    const latin = decodeWindows1252(bytes);
    return {
      text: latin,
      encoding: 'windows-1252',
      warning: words.windows1252(accentedExamples(latin)),
    };
  }
}
