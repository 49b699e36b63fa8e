import type { Currency } from '@/lib/schema-primitives';
import { toEur, type RateTable } from '@/features/pledges';
import { financingText } from '../financing-text';
import type {
  CoverageItem,
  CoverageStatus,
  FinancingSource,
  NeedComponent,
} from '../api/financing-schema';

/** One counted amount: an item's paid tranches (disbursed), or the rest of it at its status. */
export interface CoverageLine {
  key: string;
  itemId: string;
  label: string;
  status: CoverageStatus;
  donors: readonly string[];
  amount: number;
  currency: Currency;
  /** EUR at the reference rate; null when no rate is known (then not counted, and said so). */
  eur: number | null;
  /** EUR per unit used (1 for EUR). */
  rate: number | null;
  /** EUR by component of the need, in proportion to the item's parts; unassigned when unknown. */
  eurByComponent: Partial<Record<NeedComponent | 'unassigned', number>>;
  sources: readonly FinancingSource[];
  /** `paid`: the item's paid tranches; `rest`: what is not paid yet; `whole`: no tranche paid. */
  part: 'paid' | 'rest' | 'whole';
  /** When the item was first promised: the earliest of its dates (for the net reading). */
  promised: string;
}

function splitByComponent(item: CoverageItem, eur: number): CoverageLine['eurByComponent'] {
  const out: CoverageLine['eurByComponent'] = {};
  const assigned = (item.parts ?? []).reduce((sum, part) => sum + part.amount, 0);
  for (const part of item.parts ?? []) {
    out[part.component] = (out[part.component] ?? 0) + (eur * part.amount) / item.amount;
  }
  const rest = eur * (1 - assigned / item.amount);
  if (rest > eur * 1e-9) out.unassigned = rest;
  return out;
}

/**
 * The counted lines of the coverage: every item, split into what is paid (tranches with status
 * `paid`, shown as disbursed) and the rest at the item's own status. Announced or unconfirmed
 * tranches are not disbursed money and stay in the rest.
 */
export function coverageLines(items: readonly CoverageItem[], rates: RateTable): CoverageLine[] {
  const lines: CoverageLine[] = [];
  for (const item of items) {
    const paid = Math.min(
      item.amount,
      (item.tranches ?? [])
        .filter((t) => t.status === 'paid' && t.currency === item.currency)
        .reduce((sum, t) => sum + t.amount, 0),
    );
    const rate = toEur(1, item.currency, rates);
    const promised = item.dates.map((d) => d.date).sort()[0] ?? '';
    const make = (
      key: string,
      label: string,
      status: CoverageStatus,
      amount: number,
      part: CoverageLine['part'],
    ): CoverageLine => {
      const eur = rate === null ? null : amount * rate;
      return {
        key,
        itemId: item.id,
        label,
        status,
        donors: item.donors,
        amount,
        currency: item.currency,
        eur,
        rate,
        eurByComponent: eur === null ? {} : splitByComponent(item, eur),
        sources: item.sources,
        part,
        promised,
      };
    };
    if (paid > 0 && item.status !== 'disbursed') {
      lines.push(
        make(`${item.id}:paid`, financingText().paidPart(item.label), 'disbursed', paid, 'paid'),
      );
      if (item.amount - paid > 0) {
        lines.push(
          make(
            `${item.id}:rest`,
            financingText().unpaidPart(item.label),
            item.status,
            item.amount - paid,
            'rest',
          ),
        );
      }
    } else {
      lines.push(make(item.id, item.label, item.status, item.amount, 'whole'));
    }
  }
  return lines;
}
