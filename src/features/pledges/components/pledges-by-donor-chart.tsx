import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFrame } from '@/components/chart-frame';
import { legendLabel, TOOLTIP_ITEM_STYLE } from '@/components/chart-text';
import { DataTable, type DataColumn } from '@/components/data-table';
import { hatchedFill } from '@/components/hatch-fill';
import { donorName } from '@/lib/donors';
import { formatCompact, formatEurMillions, formatSourceDate } from '@/lib/format';
import { JOINT_KEY, type DonorAggregate, type DonorBar } from '../model/aggregate-by-donor';
import { SPLIT_COLOURS, splitLabel } from '../model/labels';

interface PledgesByDonorChartProps {
  byDonor: DonorAggregate;
  split: 'instrument' | 'category';
  onSplitChange: (split: 'instrument' | 'category') => void;
  asOf: string;
  fxNote: string;
}

const barLabel = (donor: string) =>
  donor === JOINT_KEY ? 'Joint, not attributed' : donorName(donor);

/** The "Joint, not attributed" bar is hatched in every series colour (a data entry's own fill). */
const JOINT_FILL = hatchedFill();

/** Horizontal bars of counted EUR by donor, stacked by instrument or category. */
export function PledgesByDonorChart({
  byDonor,
  split,
  onSplitChange,
  asOf,
  fxNote,
}: PledgesByDonorChartProps) {
  const data = byDonor.bars.map((bar) => ({
    name: `${barLabel(bar.donor)} · ${formatCompact(bar.totalEur)}`,
    ...(bar.donor === JOINT_KEY ? { fill: JOINT_FILL } : {}),
    // Absent parts stay undefined, so the tooltip (read out by screen readers) lists only real parts.
    ...Object.fromEntries(
      byDonor.keys.map((key) => [
        key,
        bar.parts[key] === undefined ? undefined : bar.parts[key] / 1e6,
      ]),
    ),
  }));
  const height = Math.max(160, 44 + byDonor.bars.length * 30);
  const columns: DataColumn<DonorBar>[] = [
    { key: 'donor', header: 'Donor', cell: (bar) => barLabel(bar.donor) },
    ...byDonor.keys.map((key) => ({
      key,
      header: `${splitLabel(key)} (EUR m)`,
      numeric: true,
      cell: (bar: DonorBar) => (bar.parts[key] ? formatEurMillions(bar.parts[key]) : '–'),
    })),
    {
      key: 'total',
      header: 'Total (EUR m)',
      numeric: true,
      cell: (bar) => formatEurMillions(bar.totalEur),
    },
  ];
  const footer: Record<string, string> = { donor: 'Total' };
  for (const key of byDonor.keys) {
    footer[key] = formatEurMillions(
      byDonor.bars.reduce((sum, bar) => sum + (bar.parts[key] ?? 0), 0),
    );
  }
  footer.total = formatEurMillions(byDonor.totalEur);

  return (
    <ChartFrame
      id="pledges-by-donor"
      title="Pledges by donor"
      units={`EUR million, converted at reference rates; split by ${split}`}
      source={
        <>
          project research file of sourced pledges (every line's source in the pledge table below)
        </>
      }
      asOf={formatSourceDate(asOf)}
      controls={
        <div className="segmented" role="group" aria-label="Split bars by">
          {(['instrument', 'category'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="segmented__option"
              aria-pressed={split === option}
              onClick={() => onSplitChange(option)}
            >
              By {option}
            </button>
          ))}
        </div>
      }
      notes={
        <p>
          Joint packages count once: known country shares appear under each country; the rest of a
          package appears as “Joint, not attributed” (hatched). Pledges contained in later ones are
          not added twice. {fxNote}
        </p>
      }
      table={
        <DataTable
          caption="Pledges by donor, EUR million"
          columns={columns}
          rows={byDonor.bars}
          rowKey={(bar) => bar.donor}
          footer={footer}
        />
      }
    >
      {byDonor.bars.length === 0 ? (
        <p className="empty">No pledges match this filter.</p>
      ) : (
        <ResponsiveContainer width="100%" height={height}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
            title="Pledges by donor in EUR million"
            desc={`Horizontal stacked bars, one per donor, split by ${split}; the data table has the same numbers.`}
          >
            <CartesianGrid horizontal={false} stroke="var(--color-grid)" />
            <XAxis type="number" tickFormatter={(v: number) => v.toLocaleString('en-GB')} />
            <YAxis
              type="category"
              dataKey="name"
              width={150}
              interval={0}
              tick={{ fontSize: 13 }}
            />
            <Tooltip
              formatter={(value) =>
                `EUR ${Number(value).toLocaleString('en-GB', { maximumFractionDigits: 1 })}m`
              }
              itemStyle={TOOLTIP_ITEM_STYLE}
            />
            <Legend formatter={legendLabel} />
            {byDonor.keys.map((key) => (
              <Bar
                key={key}
                dataKey={key}
                name={splitLabel(key)}
                stackId="donor"
                fill={SPLIT_COLOURS[key] ?? '#666'}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartFrame>
  );
}
