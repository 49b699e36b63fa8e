import { useId } from 'react';
import { euOptionsText } from '../eu-options-text';
import type { ComparisonRow } from '../api/eu-options-schema';
import { ComparisonCellContent } from './comparison-cell';

/** English labels of the two plans (the table uses the current locale's). */
export const PLAN_A_LABEL = 'Plan A: EU borrowing';
export const PLAN_B_LABEL = 'Plan B: reparations loan';

/**
 * Aspects as row headers, Plan A and Plan B as columns. On a phone the two columns stack under
 * their aspect, each headed by its plan (see eu-options.css).
 */
export function ComparisonTable({ rows }: { rows: readonly ComparisonRow[] }) {
  const captionId = useId();
  const t = euOptionsText();
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrollable content must be reachable by keyboard (WCAG 2.1.1)
    <div className="table-scroll eu-compare" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table eu-compare__table">
        <caption id={captionId}>{t.comparisonCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.aspect}</th>
            <th scope="col">{t.planA}</th>
            <th scope="col">{t.planB}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} id={`eu-compare-${row.id}`}>
              <th scope="row">{row.aspect}</th>
              <td>
                <ComparisonCellContent cell={row.planA} plan={t.planA} />
              </td>
              <td>
                <ComparisonCellContent cell={row.planB} plan={t.planB} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
