import { DataTable, type DataColumn } from '@/components/data-table';
import { formatMonth, formatNumber } from '@/lib/format';
import type { KielCategory, MonthAllocation } from '../model/kiel-selectors';
import { KIEL_LABELS } from './kiel-series';

interface KielMonthlyTableProps {
  months: readonly MonthAllocation[];
  categories: readonly KielCategory[];
}

/** One row per month (EUR bn, 2 decimals) and a total row over the months shown. */
export function KielMonthlyTable({ months, categories }: KielMonthlyTableProps) {
  const format = (value: number) => formatNumber(value, 2);
  const columns: DataColumn<MonthAllocation>[] = [
    { key: 'month', header: 'Month', cell: (row) => formatMonth(row.period) },
    ...categories.map((category) => ({
      key: category,
      header: `${KIEL_LABELS[category]} (EUR bn)`,
      numeric: true,
      cell: (row: MonthAllocation) => format(row[category]),
    })),
    { key: 'total', header: 'Total (EUR bn)', numeric: true, cell: (row) => format(row.total) },
  ];
  const sum = (pick: (row: MonthAllocation) => number) =>
    months.reduce((total, row) => total + pick(row), 0);
  const footer: Record<string, string> = {
    month: `Total, ${months.length} months`,
    total: format(sum((row) => row.total)),
  };
  for (const category of categories) footer[category] = format(sum((row) => row[category]));
  return (
    <DataTable
      caption="Allocations per month, EUR billion"
      columns={columns}
      rows={months}
      rowKey={(row) => row.period}
      footer={footer}
    />
  );
}
