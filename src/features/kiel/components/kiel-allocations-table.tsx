import { DataTable, type DataColumn } from '@/components/data-table';
import { formatNumber } from '@/lib/format';
import type { DonorAllocation, DonorAllocations, KielMeasure } from '../model/kiel-selectors';
import { KIEL_LABELS } from './kiel-series';

interface KielAllocationsTableProps {
  view: DonorAllocations;
  measure: KielMeasure;
}

/** Every donor in the selection (not only the top 15 drawn), with a total row. */
export function KielAllocationsTable({ view, measure }: KielAllocationsTableProps) {
  const decimals = measure === 'gdp' ? 3 : 2;
  const unit = measure === 'gdp' ? '% of GDP' : 'EUR bn';
  const format = (value: number) => formatNumber(value, decimals);
  const columns: DataColumn<DonorAllocation>[] = [
    { key: 'donor', header: 'Donor', cell: (row) => row.name },
    ...view.categories.map((category) => ({
      key: category,
      header: `${KIEL_LABELS[category]} (${unit})`,
      numeric: true,
      cell: (row: DonorAllocation) => format(row[category]),
    })),
    { key: 'total', header: `Total (${unit})`, numeric: true, cell: (row) => format(row.total) },
  ];
  const footer: Record<string, string> = {
    donor:
      measure === 'gdp'
        ? `All ${view.rows.length} donors (% of their combined GDP)`
        : `Total, ${view.rows.length} donors`,
    total: format(view.totals.total),
  };
  for (const category of view.categories) footer[category] = format(view.totals[category]);
  return (
    <DataTable
      caption={`Allocations by donor, ${measure === 'gdp' ? '% of donor GDP' : 'EUR billion'}, largest first`}
      columns={columns}
      rows={view.rows}
      rowKey={(row) => row.iso}
      footer={footer}
    />
  );
}
