import { EU27_CODES } from '@/lib/donors';
import { euOptionsText } from '../eu-options-text';
import {
  parseCountry,
  parseMembers,
  parseRate,
  parseYears,
  type Parsed,
} from './calculator-inputs';

/** URL parameters the calculator owns (`?rate=3.5&years=7&members=DEU~FRA&country=DEU`). */
export const CALCULATOR_PARAMS = ['rate', 'years', 'members', 'country'] as const;
export type CalculatorParam = (typeof CALCULATOR_PARAMS)[number];

/** The country shown when neither the URL nor a single highlighted EU donor names one. */
export const FALLBACK_COUNTRY = 'DEU';

export interface CalculatorDefaultsInput {
  ratePercent: number;
  years: number;
  participants: readonly string[];
}

export interface CalculatorField<T> {
  /** What the field shows: the URL's text as typed, or the default. */
  text: string;
  /** The value used for the outputs (the default when the text is not usable). */
  value: T;
  /** Shown next to the field when the text was not usable; null otherwise. */
  message: string | null;
}

export interface CalculatorState {
  rate: CalculatorField<number>;
  years: CalculatorField<number>;
  /** `text` is the `~` list in the URL (absent: the defaults). */
  members: CalculatorField<string[]> & { selected: string[] };
  country: CalculatorField<string>;
  /** True when the country comes from the explorer's donor filter (one EU donor highlighted). */
  countryFromHighlight: boolean;
}

function field<T>(
  text: string | null,
  fallback: T,
  fallbackText: string,
  parse: (raw: string) => Parsed<T>,
): CalculatorField<T> {
  if (text === null) return { text: fallbackText, value: fallback, message: null };
  const parsed = parse(text);
  return parsed.ok
    ? { text, value: parsed.value, message: null }
    : { text, value: fallback, message: parsed.message };
}

/** The one highlighted EU donor, or null when none or several are highlighted. */
export function highlightedCountry(highlight: readonly string[]): string | null {
  const eu = [...new Set(highlight)].filter((code) => EU27_CODES.includes(code));
  return eu.length === 1 && eu[0] !== undefined ? eu[0] : null;
}

/** The default country: the one highlighted EU donor when there is exactly one, else Germany. */
export function defaultCountry(highlight: readonly string[]): string {
  return highlightedCountry(highlight) ?? FALLBACK_COUNTRY;
}

/** Format a rate for a field: 3.33 -> "3.33". */
export function rateText(value: number): string {
  return String(Number(value.toFixed(4)));
}

/** Read the calculator's inputs from the query string; junk keeps its text and uses the default. */
export function readCalculatorState(
  params: Record<CalculatorParam, string | null>,
  defaults: CalculatorDefaultsInput,
  highlight: readonly string[],
): CalculatorState {
  const rate = field(params.rate, defaults.ratePercent, rateText(defaults.ratePercent), parseRate);
  const years = field(params.years, defaults.years, String(defaults.years), parseYears);
  const fallbackMembers = [...defaults.participants];
  let members: CalculatorState['members'];
  if (params.members === null) {
    members = {
      text: fallbackMembers.join('~'),
      value: fallbackMembers,
      selected: fallbackMembers,
      message: null,
    };
  } else {
    const parsed = parseMembers(params.members);
    members = parsed.ok
      ? {
          text: params.members,
          value: parsed.value,
          selected: parsed.value,
          message:
            parsed.ignored.length > 0
              ? euOptionsText().errIgnored(parsed.ignored.slice(0, 5).join(', '))
              : null,
        }
      : {
          text: params.members,
          value: fallbackMembers,
          selected: [],
          message: euOptionsText().membersDefaulted(parsed.message, fallbackMembers.length),
        };
  }
  const fallbackCountry = defaultCountry(highlight);
  const country = field(params.country, fallbackCountry, fallbackCountry, parseCountry);
  return {
    rate,
    years,
    members,
    country,
    countryFromHighlight: params.country === null && highlightedCountry(highlight) !== null,
  };
}

/** Members for the URL: null (absent) when they equal the defaults, else the `~` list. */
export function membersParam(
  selected: readonly string[],
  defaults: readonly string[],
): string | null {
  const ordered = EU27_CODES.filter((code) => selected.includes(code));
  const same =
    ordered.length === defaults.length && ordered.every((code) => defaults.includes(code));
  return same ? null : ordered.join('~');
}
