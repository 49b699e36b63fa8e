import { DataTable, type DataColumn } from '@/components/data-table';
import { formatNumber } from '@/lib/format';
import type { DonorAllocation, DonorAllocations, KielMeasure } from '../model/kiel-selectors';
import { kielLabels } from './kiel-series';
import { kielText } from '../kiel-text';

interface KielAllocationsTableProps {
  view: DonorAllocations;
  measure: KielMeasure;
}

/** Every donor in the selection (not only the top 15 drawn), with a total row. */
export function KielAllocationsTable({ view, measure }: KielAllocationsTableProps) {
  const decimals = measure === 'gdp' ? 3 : 2;
  const text = kielText();
  const labels = kielLabels();
  const unit = measure === 'gdp' ? text.measureGdp : text.measureEur;
  const format = (value: number) => formatNumber(value, decimals);
  const columns: DataColumn<DonorAllocation>[] = [
    { key: 'donor', header: text.donor, cell: (row) => row.name },
    ...view.categories.map((category) => ({
      key: category,
      header: text.column(labels[category], unit),
      numeric: true,
      cell: (row: DonorAllocation) => format(row[category]),
    })),
    {
      key: 'total',
      header: text.totalColumn(unit),
      numeric: true,
      cell: (row) => format(row.total),
    },
  ];
  const footer: Record<string, string> = {
    donor: measure === 'gdp' ? text.footerGdp(view.rows.length) : text.footerEur(view.rows.length),
    total: format(view.totals.total),
  };
  for (const category of view.categories) footer[category] = format(view.totals[category]);
  return (
    <DataTable
      caption={text.allocationsCaption(measure === 'gdp')}
      columns={columns}
      rows={view.rows}
      rowKey={(row) => row.iso}
      footer={footer}
    />
  );
}
