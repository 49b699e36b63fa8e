import {
  categoryValues,
  instrumentValues,
  type Category,
  type Instrument,
} from '@/features/pledges';
import { THEMES } from '@/lib/theme/themes';
import { isDonorCode } from '@/lib/donors';
import { formatCount } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
import {
  DEFAULT_VIEW,
  type FilterState,
  type IgnoredParam,
  type UrlState,
  type ViewOptions,
} from '@/lib/filter-state';
import { VALUE_LIMIT, echoValue, parseMonth, splitList } from './url-values';
import { URL_PARAMS, type UrlParam } from '@/lib/url-params';

const { filters: filterParams, ...otherOwners } = URL_PARAMS;

/**
 * Parameters owned by other features (page, funding calculator, briefing mode, imported data):
 * never reported, never written by the filters; each owner validates its own. Derived from the
 * app's one list of parameters (src/lib/url-params.ts), so that none can be left out.
 */
export const RESERVED_PARAMS = Object.values(otherOwners).flat() as readonly Exclude<
  UrlParam,
  FilterParam
>[];
type ReservedParam = (typeof RESERVED_PARAMS)[number];

/**
 * Reserved parameters with a closed set of values: a value outside it is named in the notice and
 * cleaned from the URL like a bad filter value (the owner falls back to its default). The others
 * are validated by their owners.
 */
export const RESERVED_VALUES: Partial<Record<ReservedParam, readonly string[]>> = {
  theme: THEMES,
};

/** A reserved parameter's value is kept only when its owner could use it. */
export function reservedValueOk(name: string, value: string): boolean {
  const allowed = RESERVED_VALUES[name as ReservedParam];
  return !allowed || allowed.includes(value);
}

/** The filter parameters, in the order they are written. */
export const FILTER_PARAMS = filterParams;
type FilterParam = (typeof FILTER_PARAMS)[number];

export const MAX_DONORS = 60;
/** At most this many ignored values are listed one by one; the rest are counted. */
export const MAX_IGNORED = 20;

const splitValues = ['instrument', 'category'] as const satisfies readonly ViewOptions['split'][];
const kielValues = ['eur', 'gdp'] as const satisfies readonly ViewOptions['kielMeasure'][];
const donorScopeValues = [
  'all',
  'national',
  'gdp',
] as const satisfies readonly ViewOptions['donorScope'][];

export interface ParsedUrlState {
  state: UrlState;
  ignored: IgnoredParam[];
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function createIgnoredList() {
  const items: IgnoredParam[] = [];
  let extra = 0;
  return {
    add(param: string, value: string, reason: string) {
      if (items.length < MAX_IGNORED)
        items.push({ param: echoValue(param), value: echoValue(value), reason });
      else extra += 1;
    },
    list(): IgnoredParam[] {
      return extra > 0
        ? [
            ...items,
            {
              param: '…',
              value: '',
              reason: messages().urlNotes.moreNotListed(formatCount(extra)),
            },
          ]
        : items;
    },
  };
}
type IgnoredList = ReturnType<typeof createIgnoredList>;

interface ListRule<T extends string> {
  normalise: (item: string) => string;
  accept: (item: string) => item is T;
  /** Worded when needed, in the interface language. */
  unknownReason: () => string;
  max?: number;
}

/** Reads a `~` list: unknown items and repeats are dropped and reported, order is kept. */
function readList<T extends string>(
  param: string,
  raw: string,
  rule: ListRule<T>,
  ignored: IgnoredList,
): T[] {
  const items = splitList(raw);
  const max = rule.max ?? Number.POSITIVE_INFINITY;
  if (items.length > max) {
    ignored.add(param, items.slice(max).join('~'), messages().urlNotes.tooMany(formatCount(max)));
  }
  const result: T[] = [];
  for (const item of items.slice(0, max)) {
    const value = rule.normalise(item);
    if (!rule.accept(value)) ignored.add(param, item, rule.unknownReason());
    else if (result.includes(value)) ignored.add(param, item, messages().urlNotes.listedTwice);
    else result.push(value);
  }
  return result;
}

const upper = (item: string) => item.toUpperCase();
const lower = (item: string) => item.toLowerCase();

const donorRule: ListRule<string> = {
  normalise: upper,
  accept: (item): item is string => isDonorCode(item),
  unknownReason: () => messages().urlNotes.unknownDonor,
  max: MAX_DONORS,
};
const instrumentRule: ListRule<Instrument> = {
  normalise: lower,
  accept: (item) => isOneOf(instrumentValues, item),
  unknownReason: () => messages().urlNotes.unknownInstrument,
};
const categoryRule: ListRule<Category> = {
  normalise: lower,
  accept: (item) => isOneOf(categoryValues, item),
  unknownReason: () => messages().urlNotes.unknownCategory,
};

function readChoice<T extends string>(
  param: string,
  raw: string,
  values: readonly T[],
  ignored: IgnoredList,
): T | undefined {
  const value = raw.trim().toLowerCase();
  if (isOneOf(values, value)) return value;
  const text = messages().urlNotes;
  ignored.add(param, raw, text.expected(values.join(text.or)));
  return undefined;
}

function readMonth(param: string, raw: string, ignored: IgnoredList): string | null {
  const result = parseMonth(raw);
  if (result.ok) return result.month;
  ignored.add(param, raw, result.reason);
  return null;
}

/**
 * Reads the filter state from a query string (`?donors=POL~NOR&from=2025-08`). Nothing in the
 * URL is trusted: every dropped value is reported in `ignored` with a reason (worded in the
 * interface language), echoed values are
 * shortened and stripped of control characters, and values are only ever used as data.
 */
export function parseUrlState(search: string): ParsedUrlState {
  const params = new URLSearchParams(search);
  const ignored = createIgnoredList();
  const seen = new Set<FilterParam>();
  const filters: FilterState = {
    donors: [],
    instruments: [],
    categories: [],
    from: null,
    to: null,
  };
  const view: ViewOptions = { ...DEFAULT_VIEW };

  const seenReserved = new Set<string>();
  for (const [key, raw] of params) {
    if (isOneOf(RESERVED_PARAMS, key)) {
      // Repeated: the first is used and the rest named; a value outside a closed set is named.
      if (seenReserved.has(key)) ignored.add(key, raw, messages().urlNotes.repeated);
      else if (!reservedValueOk(key, raw)) {
        const text = messages().urlNotes;
        ignored.add(key, raw, text.expected((RESERVED_VALUES[key] ?? []).join(text.or)));
      }
      seenReserved.add(key);
      continue;
    }
    if (!isOneOf(FILTER_PARAMS, key)) {
      ignored.add(key, raw, messages().urlNotes.unknownParam);
      continue;
    }
    if (raw.trim() === '') continue;
    if (seen.has(key)) {
      ignored.add(key, raw, messages().urlNotes.repeated);
      continue;
    }
    seen.add(key);
    if (raw.length > VALUE_LIMIT) {
      ignored.add(key, raw, messages().urlNotes.tooLong(formatCount(VALUE_LIMIT)));
      continue;
    }
    switch (key) {
      case 'donors':
        filters.donors = readList(key, raw, donorRule, ignored);
        break;
      case 'instruments':
        filters.instruments = readList(key, raw, instrumentRule, ignored);
        break;
      case 'categories':
        filters.categories = readList(key, raw, categoryRule, ignored);
        break;
      case 'from':
        filters.from = readMonth(key, raw, ignored);
        break;
      case 'to':
        filters.to = readMonth(key, raw, ignored);
        break;
      case 'split':
        view.split = readChoice(key, raw, splitValues, ignored) ?? view.split;
        break;
      case 'kiel':
        view.kielMeasure = readChoice(key, raw, kielValues, ignored) ?? view.kielMeasure;
        break;
      case 'donorview':
        view.donorScope = readChoice(key, raw, donorScopeValues, ignored) ?? view.donorScope;
        break;
    }
  }

  if (filters.from !== null && filters.to !== null && filters.from > filters.to) {
    ignored.add('from', filters.from, messages().urlNotes.swapped(filters.to));
    [filters.from, filters.to] = [filters.to, filters.from];
  }
  return { state: { filters, view }, ignored: ignored.list() };
}

function listPart(param: FilterParam, values: readonly string[]): string | null {
  return values.length > 0 ? `${param}=${values.map(encodeURIComponent).join('~')}` : null;
}

function valuePart(param: FilterParam, value: string | null, fallback?: string): string | null {
  return value !== null && value !== '' && value !== fallback
    ? `${param}=${encodeURIComponent(value)}`
    : null;
}

/**
 * Writes the filter state as a query string: '' when everything is at its default, otherwise
 * '?donors=POL~NOR&instruments=purl&from=2025-08&to=2026-06&split=category&kiel=gdp' (always in
 * this order, defaults and empty lists left out). Only the filter parameters are written.
 */
export function serializeUrlState({ filters, view }: UrlState): string {
  const parts = [
    listPart('donors', filters.donors),
    listPart('instruments', filters.instruments),
    listPart('categories', filters.categories),
    valuePart('from', filters.from),
    valuePart('to', filters.to),
    valuePart('split', view.split, DEFAULT_VIEW.split),
    valuePart('kiel', view.kielMeasure, DEFAULT_VIEW.kielMeasure),
    valuePart('donorview', view.donorScope, DEFAULT_VIEW.donorScope),
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The clean form of a query string's filter parameters ('' or '?...'). */
export function canonicalSearch(search: string): string {
  return serializeUrlState(parseUrlState(search).state);
}
