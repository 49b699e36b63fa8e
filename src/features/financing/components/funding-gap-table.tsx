import { DataTable, type DataColumn } from '@/components/data-table';
import { formatDecimal, formatNumber, formatSourceDate } from '@/lib/format';
import type { ComponentGap } from '../model/component-gaps';
import { formatEurBn, formatOriginal } from '../model/format-bn';
import type { FundingGapModel, LineRow, StepRow } from '../model/funding-gap';
import { financingText } from '../financing-text';
import { gapText } from '../gap-text';
import { statusLabels } from '../model/status-style';
import { SourceList } from './source-list';

/** Steps of certainty, both readings side by side (built per render: the locale may change). */
function stepColumns(): DataColumn<StepRow>[] {
  const t = gapText();
  const labels = statusLabels();
  const net = t.readingNames.net;
  const gross = t.readingNames.gross;
  const gapCell = (eur: number) => formatEurBn(eur);
  return [
    {
      key: 'step',
      header: t.colStep,
      cell: (row) => (row.status ? t.chartRowAfter(labels[row.status]) : t.needRow),
    },
    {
      key: 'net-added',
      header: t.colAdded(net),
      numeric: true,
      cell: (row) => (row.status ? formatEurBn(row.net.addedEur) : ''),
    },
    {
      key: 'net-gap',
      header: t.colGapAfter(net),
      numeric: true,
      cell: (row) => gapCell(row.net.gapEur),
    },
    {
      key: 'gross-added',
      header: t.colAdded(gross),
      numeric: true,
      cell: (row) => (row.status ? formatEurBn(row.gross.addedEur) : ''),
    },
    {
      key: 'gross-gap',
      header: t.colGapAfter(gross),
      numeric: true,
      cell: (row) => gapCell(row.gross.gapEur),
    },
  ];
}

function lineColumns(netBefore: string): DataColumn<LineRow>[] {
  const t = financingText();
  const g = gapText();
  return [
    { key: 'line', header: t.colLine, cell: (row) => row.line.label },
    { key: 'status', header: t.colStatus, cell: (row) => statusLabels()[row.line.status] },
    {
      key: 'original',
      header: t.colOriginal,
      numeric: true,
      cell: (row) => formatOriginal(row.line.amount, row.line.currency),
    },
    {
      key: 'rate',
      header: t.colRate,
      numeric: true,
      cell: (row) =>
        row.line.currency !== 'EUR' && row.line.rate !== null
          ? formatDecimal(row.line.rate, 10)
          : '',
    },
    {
      key: 'share',
      header: g.colShare,
      numeric: true,
      cell: (row) => `${formatNumber(row.line.share * 100, 1)} %`,
    },
    {
      key: 'eur',
      header: g.colInWindow,
      numeric: true,
      cell: (row) => formatEurBn(row.line.eurInWindow ?? 0),
    },
    {
      key: 'counted',
      header: g.colCounted,
      cell: (row) =>
        row.counted === 'both' ? g.countedBoth : g.countedGrossOnly(formatSourceDate(netBefore)),
    },
    {
      key: 'source',
      header: t.colSource,
      cell: (row) => <SourceList sources={row.line.sources} />,
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

/** The arithmetic of the chart: steps in both readings, each line and how it counts, parts. */
export function FundingGapTable({
  model,
  lines,
  estimateLabel,
}: {
  model: FundingGapModel;
  lines: readonly LineRow[];
  estimateLabel: string;
}) {
  const t = financingText();
  const g = gapText();
  return (
    <div className="funding-gap-tables">
      <DataTable
        caption={g.stepsCaption(estimateLabel)}
        columns={stepColumns()}
        rows={model.steps}
        rowKey={(row) => row.key}
      />
      <DataTable
        caption={g.linesCaption(estimateLabel)}
        columns={lineColumns(model.readings.netBefore)}
        rows={lines}
        rowKey={(row) => row.key}
      />
      {model.components && (
        <DataTable
          caption={t.partsCaption(formatEurBn(model.components.unassignedEur))}
          columns={componentColumns()}
          rows={model.components.parts}
          rowKey={(row) => row.component}
        />
      )}
    </div>
  );
}
