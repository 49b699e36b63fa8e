import { DataTable } from '@/components/data-table';
import { donorName, EU27_CODES } from '@/lib/donors';
import { euOptionsText } from '../eu-options-text';
import { computeScenario, type ScenarioInputs } from '../model/scenario';
import { eurBn, percent } from './calculator-outputs';

interface HighlightedSharesProps {
  highlight: readonly string[];
  inputs: ScenarioInputs;
  gdp: ReadonlyMap<string, number>;
  reported: ReadonlyMap<string, number>;
}

/** The donor filter carries over: the same figures for every EU member selected in the explorer. */
export function HighlightedShares({ highlight, inputs, gdp, reported }: HighlightedSharesProps) {
  const t = euOptionsText();
  const codes = EU27_CODES.filter((code) => highlight.includes(code));
  if (codes.length === 0) return null;
  const rows = codes.map((code) => ({
    code,
    result: computeScenario({ ...inputs, country: code }, gdp, EU27_CODES, reported),
  }));
  type Row = (typeof rows)[number];
  return (
    <DataTable
      caption={t.highlightedCaption(inputs.years)}
      columns={[
        { key: 'country', header: t.memberState, cell: (row: Row) => donorName(row.code) },
        {
          key: 'key',
          header: t.keyColumn,
          numeric: true,
          cell: (row: Row) =>
            row.result.planAKey.ok ? percent(row.result.planAKey.share) : t.notParticipant,
        },
        {
          key: 'yearly',
          header: t.yearlyColumn,
          numeric: true,
          cell: (row: Row) => eurBn(row.result.countryYearlyEurBn),
        },
        {
          key: 'total',
          header: t.totalColumn,
          numeric: true,
          cell: (row: Row) => eurBn(row.result.countryTotalEurBn),
        },
        {
          key: 'reported',
          header: t.reportedColumn,
          numeric: true,
          cell: (row: Row) =>
            row.result.planBReportedEurBn === null
              ? t.notReported
              : eurBn(row.result.planBReportedEurBn),
        },
        {
          key: 'computed',
          header: t.computedColumn,
          numeric: true,
          cell: (row: Row) => eurBn(row.result.planBComputedEurBn),
        },
      ]}
      rows={rows}
      rowKey={(row) => row.code}
    />
  );
}
