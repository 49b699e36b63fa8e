/**
 * Decimal numbers as `Intl.NumberFormat('en-GB' | 'de-DE', { minimumFractionDigits,
 * maximumFractionDigits })` writes them, without Intl: the first Intl object a page makes loads
 * the browser's locale data (60-90 ms at 4x CPU slowdown), and every figure of the first view
 * (headline, axis, bar labels) went through it before the first chart was drawn.
 *
 * The same result, digit for digit (decimal-format.test.ts compares both on 9,000 values): the
 * shortest decimal that reads back as the number (what `toExponential()` gives, as ICU uses),
 * rounded half away from zero (Intl's default, "halfExpand"), trailing zeros dropped down to the
 * minimum, groups of three, a hyphen-minus on negative numbers and on negative zero ("-0").
 */
export interface DecimalSymbols {
  group: string;
  decimal: string;
}

export const DECIMAL_SYMBOLS = {
  en: { group: ',', decimal: '.' },
  de: { group: '.', decimal: ',' },
} as const satisfies Record<string, DecimalSymbols>;

/** Digits of `abs` (> 0, finite) and the power of ten of the first: 1.005 -> ["1005", 0]. */
function shortestDigits(abs: number): [string, number] {
  const [mantissa = '', exponent = '0'] = abs.toExponential().split('e');
  return [mantissa.replace('.', ''), Number(exponent)];
}

/** "1299" -> "1300", "999" -> "1000". */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i -= 1) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/** "1234567" -> "1,234,567". */
function group(integer: string, separator: string): string {
  let out = '';
  for (let end = integer.length; end > 0; end -= 3) {
    const part = integer.slice(Math.max(0, end - 3), end);
    out = out === '' ? part : `${part}${separator}${out}`;
  }
  return out;
}

/** `value` with `minDigits` to `maxDigits` decimals, as Intl writes it in the language of `symbols`. */
export function formatDecimalNumber(
  value: number,
  minDigits: number,
  maxDigits: number,
  symbols: DecimalSymbols,
): string {
  if (Number.isNaN(value)) return 'NaN';
  const minus = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return `${minus}∞`;
  const abs = Math.abs(value);
  // Integer and fraction digits, rounded to maxDigits decimals.
  let integer = '0';
  let fraction = '';
  if (abs > 0) {
    const [digits, exponent] = shortestDigits(abs);
    // The digit string with the point after `point` digits (a negative point: leading zeros).
    const point = exponent + 1;
    const padded = point <= 0 ? '0'.repeat(1 - point) + digits : digits;
    const at = point <= 0 ? 1 : point;
    const whole = padded.length < at ? padded + '0'.repeat(at - padded.length) : padded;
    const kept = whole.slice(0, at + maxDigits);
    const roundUp = (whole[at + maxDigits] ?? '0') >= '5';
    let rounded = kept.padEnd(at + maxDigits, '0');
    if (roundUp) rounded = increment(rounded);
    const integerLength = rounded.length - maxDigits;
    integer = rounded.slice(0, integerLength).replace(/^0+(?=\d)/, '');
    fraction = rounded.slice(integerLength);
  }
  fraction = fraction.padEnd(minDigits, '0');
  let end = fraction.length;
  while (end > minDigits && fraction[end - 1] === '0') end -= 1;
  fraction = fraction.slice(0, end);
  const body = group(integer, symbols.group);
  return `${minus}${body}${fraction === '' ? '' : symbols.decimal + fraction}`;
}
