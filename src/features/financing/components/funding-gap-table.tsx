import { DataTable, type DataColumn } from '@/components/data-table';
import type { ArithmeticRow } from '../model/funding-gap';
import type { ComponentGaps, ComponentGap } from '../model/component-gaps';
import { formatEurBn, formatOriginal } from '../model/format-bn';
import { STATUS_LABELS } from '../model/status-style';
import { SourceList } from './source-list';

const ROW_LABEL: Record<ArithmeticRow['kind'], (row: ArithmeticRow) => string> = {
  need: (row) => row.label,
  minus: (row) => `− ${row.label}`,
  subtotal: (row) => `Subtotal, ${row.status ? STATUS_LABELS[row.status].toLowerCase() : ''}`,
  gap: (row) => `= ${row.label}`,
};

const COLUMNS: DataColumn<ArithmeticRow>[] = [
  { key: 'line', header: 'Line', cell: (row) => ROW_LABEL[row.kind](row) },
  {
    key: 'status',
    header: 'Status',
    cell: (row) => (row.status && row.kind === 'minus' ? STATUS_LABELS[row.status] : ''),
  },
  {
    key: 'original',
    header: 'Amount as stated',
    numeric: true,
    cell: (row) => (row.original ? formatOriginal(row.original.amount, row.original.currency) : ''),
  },
  {
    key: 'rate',
    header: 'Rate (EUR per unit)',
    numeric: true,
    cell: (row) =>
      row.line && row.line.currency !== 'EUR' && row.line.rate !== null
        ? String(row.line.rate)
        : '',
  },
  {
    key: 'eur',
    header: 'EUR bn',
    numeric: true,
    cell: (row) =>
      row.kind === 'minus' || row.kind === 'subtotal' ? formatEurBn(row.eur) : formatEurBn(row.eur),
  },
  {
    key: 'running',
    header: 'Left after this line, EUR bn',
    numeric: true,
    cell: (row) => (row.kind === 'subtotal' || row.kind === 'gap' ? '' : formatEurBn(row.running)),
  },
  {
    key: 'source',
    header: 'Source',
    cell: (row) => (row.line ? <SourceList sources={row.line.sources} /> : ''),
  },
];

const COMPONENT_COLUMNS: DataColumn<ComponentGap>[] = [
  { key: 'component', header: 'Part of the need', cell: (row) => row.label },
  { key: 'need', header: 'Need, EUR bn', numeric: true, cell: (row) => formatEurBn(row.needEur) },
  {
    key: 'covered',
    header: 'Covered (assigned), EUR bn',
    numeric: true,
    cell: (row) => formatEurBn(row.coveredEur),
  },
  {
    key: 'gap',
    header: 'Gap, EUR bn (negative: covered)',
    numeric: true,
    cell: (row) => formatEurBn(row.gapEur),
  },
];

/** The arithmetic of the chart: need, minus each line, = gap; and the split by part if known. */
export function FundingGapTable({
  rows,
  components,
  estimateLabel,
}: {
  rows: readonly ArithmeticRow[];
  components: ComponentGaps | null;
  estimateLabel: string;
}) {
  return (
    <div className="funding-gap-tables">
      <DataTable
        caption={`Funding gap arithmetic: ${estimateLabel}`}
        columns={COLUMNS}
        rows={rows}
        rowKey={(row) => row.key}
      />
      {components && (
        <DataTable
          caption={`By part of the need (coverage not assigned to a part: ${formatEurBn(components.unassignedEur)})`}
          columns={COMPONENT_COLUMNS}
          rows={components.parts}
          rowKey={(row) => row.component}
        />
      )}
    </div>
  );
}
