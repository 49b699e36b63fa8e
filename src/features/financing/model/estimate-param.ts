import type { NeedEstimate } from '../api/financing-schema';

/** The URL parameter that holds the selected need estimate. */
export const NEED_PARAM = 'need';

export interface EstimateChoice {
  estimate: NeedEstimate;
  /** The link's value when it named no estimate (shown as a note; the default is used). */
  unrecognised: string | null;
}

/**
 * The estimate a `need` value selects: absent or empty -> the default; unknown -> the default and
 * the value for the note (cut to 60 characters). `estimates` must contain `defaultId`, or its first.
 */
export function chooseEstimate(
  estimates: readonly NeedEstimate[],
  defaultId: string,
  value: string | null,
): EstimateChoice {
  const fallback = estimates.find((e) => e.id === defaultId) ?? estimates[0];
  if (!fallback) throw new Error('financing.json lists no need estimate');
  if (value === null || value.trim() === '') return { estimate: fallback, unrecognised: null };
  const match = estimates.find((e) => e.id === value.trim().toLowerCase());
  return match
    ? { estimate: match, unrecognised: null }
    : { estimate: fallback, unrecognised: value.slice(0, 60) };
}

/** The value to write for an estimate: null (parameter removed) for the default. */
export function needParamValue(estimateId: string, defaultId: string): string | null {
  return estimateId === defaultId ? null : estimateId;
}
