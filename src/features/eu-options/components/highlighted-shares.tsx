import { DataTable } from '@/components/data-table';
import { donorName, EU27_CODES } from '@/lib/donors';
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
  const codes = EU27_CODES.filter((code) => highlight.includes(code));
  if (codes.length === 0) return null;
  const rows = codes.map((code) => ({
    code,
    result: computeScenario({ ...inputs, country: code }, gdp, EU27_CODES, reported),
  }));
  type Row = (typeof rows)[number];
  return (
    <DataTable
      caption={`EU members in your donor filter, at the inputs above (${inputs.years} years)`}
      columns={[
        { key: 'country', header: 'Member state', cell: (row: Row) => donorName(row.code) },
        {
          key: 'key',
          header: 'Key (share of participants’ GDP)',
          numeric: true,
          cell: (row: Row) =>
            row.result.planAKey.ok ? percent(row.result.planAKey.share) : 'not a participant',
        },
        {
          key: 'yearly',
          header: 'Plan A interest a year',
          numeric: true,
          cell: (row: Row) => eurBn(row.result.countryYearlyEurBn),
        },
        {
          key: 'total',
          header: 'Plan A interest, all years',
          numeric: true,
          cell: (row: Row) => eurBn(row.result.countryTotalEurBn),
        },
        {
          key: 'reported',
          header: 'Plan B guarantee, reported',
          numeric: true,
          cell: (row: Row) =>
            row.result.planBReportedEurBn === null
              ? 'not reported'
              : eurBn(row.result.planBReportedEurBn),
        },
        {
          key: 'computed',
          header: 'Plan B guarantee, computed with GDP key',
          numeric: true,
          cell: (row: Row) => eurBn(row.result.planBComputedEurBn),
        },
      ]}
      rows={rows}
      rowKey={(row) => row.code}
    />
  );
}
