import { DataTable, type DataColumn } from '@/components/data-table';
import { formatDecimal } from '@/lib/format';
import type { ArithmeticRow } from '../model/funding-gap';
import type { ComponentGaps, ComponentGap } from '../model/component-gaps';
import { formatEurBn, formatOriginal } from '../model/format-bn';
import { financingText } from '../financing-messages';
import { statusLabels } from '../model/status-style';
import { SourceList } from './source-list';

const ROW_LABEL: Record<ArithmeticRow['kind'], (row: ArithmeticRow) => string> = {
  need: (row) => row.label,
  minus: (row) => `− ${row.label}`,
  subtotal: (row) =>
    financingText().subtotal(row.status ? statusLabels()[row.status].toLowerCase() : ''),
  gap: (row) => `= ${row.label}`,
};

/** Columns in the current locale (built per render: the app re-mounts on a language change). */
function columns(): DataColumn<ArithmeticRow>[] {
  const t = financingText();
  return [
    { key: 'line', header: t.colLine, cell: (row) => ROW_LABEL[row.kind](row) },
    {
      key: 'status',
      header: t.colStatus,
      cell: (row) => (row.status && row.kind === 'minus' ? statusLabels()[row.status] : ''),
    },
    {
      key: 'original',
      header: t.colOriginal,
      numeric: true,
      cell: (row) =>
        row.original ? formatOriginal(row.original.amount, row.original.currency) : '',
    },
    {
      key: 'rate',
      header: t.colRate,
      numeric: true,
      cell: (row) =>
        row.line && row.line.currency !== 'EUR' && row.line.rate !== null
          ? formatDecimal(row.line.rate, 10)
          : '',
    },
    {
      key: 'eur',
      header: t.colEur,
      numeric: true,
      cell: (row) => formatEurBn(row.eur),
    },
    {
      key: 'running',
      header: t.colRunning,
      numeric: true,
      cell: (row) =>
        row.kind === 'subtotal' || row.kind === 'gap' ? '' : formatEurBn(row.running),
    },
    {
      key: 'source',
      header: t.colSource,
      cell: (row) => (row.line ? <SourceList sources={row.line.sources} /> : ''),
    },
  ];
}

function componentColumns(): DataColumn<ComponentGap>[] {
  const t = financingText();
  return [
    { key: 'component', header: t.colPart, cell: (row) => row.label },
    { key: 'need', header: t.colPartNeed, numeric: true, cell: (row) => formatEurBn(row.needEur) },
    {
      key: 'covered',
      header: t.colPartCovered,
      numeric: true,
      cell: (row) => formatEurBn(row.coveredEur),
    },
    {
      key: 'gap',
      header: t.colPartGap,
      numeric: true,
      cell: (row) => formatEurBn(row.gapEur),
    },
  ];
}

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
  const t = financingText();
  return (
    <div className="funding-gap-tables">
      <DataTable
        caption={t.tableCaption(estimateLabel)}
        columns={columns()}
        rows={rows}
        rowKey={(row) => row.key}
      />
      {components && (
        <DataTable
          caption={t.partsCaption(formatEurBn(components.unassignedEur))}
          columns={componentColumns()}
          rows={components.parts}
          rowKey={(row) => row.component}
        />
      )}
    </div>
  );
}
