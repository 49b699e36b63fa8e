/**
 * After "Reset all filters" or "Clear all" the button disables itself and would drop focus to the
 * page body; focus goes to the donor search instead, where a new choice starts.
 */
export function focusDonorSearch(from: Element): void {
  from.closest('.filter-bar')?.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();
}
