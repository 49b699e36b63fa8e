import type { IgnoredParam } from './filter-state';

/** `donors “XXX” (unknown donor code)`; the value is left out when there is none. */
export function describeIgnoredParam({ param, value, reason }: IgnoredParam): string {
  return value === '' ? `${param} (${reason})` : `${param} “${value}” (${reason})`;
}

/** The sentence shown to the user, or '' when nothing was ignored. Plain text, never markup. */
export function describeIgnored(ignored: readonly IgnoredParam[]): string {
  if (ignored.length === 0) return '';
  return `Some link parameters were ignored: ${ignored.map(describeIgnoredParam).join('; ')}.`;
}
