import { useCallback, useMemo } from 'react';
import { readParam, useSearch, writeParams } from '@/lib/url-params';
import {
  CALCULATOR_PARAMS,
  membersParam,
  readCalculatorState,
  type CalculatorDefaultsInput,
  type CalculatorParam,
  type CalculatorState,
} from '../model/calculator-state';

/** The calculator's inputs from the URL (replace mode while typing: no history entry per key). */
export function useCalculatorUrl(
  defaults: CalculatorDefaultsInput,
  highlight: readonly string[],
): {
  state: CalculatorState;
  set: (name: Exclude<CalculatorParam, 'members'>, value: string) => void;
  setMembers: (selected: readonly string[]) => void;
} {
  const search = useSearch();
  const highlightKey = highlight.join('~');
  const state = useMemo(() => {
    const params = Object.fromEntries(
      CALCULATOR_PARAMS.map((name) => [name, readParam(search, name)]),
    ) as Record<CalculatorParam, string | null>;
    return readCalculatorState(params, defaults, highlightKey ? highlightKey.split('~') : []);
  }, [search, defaults, highlightKey]);
  const set = useCallback(
    (name: Exclude<CalculatorParam, 'members'>, value: string) => writeParams({ [name]: value }),
    [],
  );
  const setMembers = useCallback(
    (selected: readonly string[]) =>
      writeParams({ members: membersParam(selected, defaults.participants) }),
    [defaults.participants],
  );
  return { state, set, setMembers };
}
