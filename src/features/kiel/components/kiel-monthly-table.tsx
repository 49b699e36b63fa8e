import { DataTable, type DataColumn } from '@/components/data-table';
import { formatMonth, formatNumber } from '@/lib/format';
import type { KielCategory, MonthAllocation } from '../model/kiel-selectors';
import { kielLabels } from './kiel-series';
import { kielText } from '../kiel-text';

interface KielMonthlyTableProps {
  months: readonly MonthAllocation[];
  categories: readonly KielCategory[];
}

/** One row per month (EUR bn, 2 decimals) and a total row over the months shown. */
export function KielMonthlyTable({ months, categories }: KielMonthlyTableProps) {
  const format = (value: number) => formatNumber(value, 2);
  const text = kielText();
  const labels = kielLabels();
  const columns: DataColumn<MonthAllocation>[] = [
    { key: 'month', header: text.month, cell: (row) => formatMonth(row.period) },
    ...categories.map((category) => ({
      key: category,
      header: text.column(labels[category], text.measureEur),
      numeric: true,
      cell: (row: MonthAllocation) => format(row[category]),
    })),
    {
      key: 'total',
      header: text.totalColumn(text.measureEur),
      numeric: true,
      cell: (row) => format(row.total),
    },
  ];
  const sum = (pick: (row: MonthAllocation) => number) =>
    months.reduce((total, row) => total + pick(row), 0);
  const footer: Record<string, string> = {
    month: text.footerMonths(months.length),
    total: format(sum((row) => row.total)),
  };
  for (const category of categories) footer[category] = format(sum((row) => row[category]));
  return (
    <DataTable
      caption={text.monthlyCaption}
      columns={columns}
      rows={months}
      rowKey={(row) => row.period}
      footer={footer}
    />
  );
}
