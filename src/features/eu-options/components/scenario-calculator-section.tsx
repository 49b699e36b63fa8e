import { useMemo } from 'react';
import { ChartFrame } from '@/components/chart-frame';
import { DataTable } from '@/components/data-table';
import { LoadError, LoadingBlock } from '@/components/load-state';
import { SourceLink } from '@/components/source-link';
import { donorName, EU27_CODES } from '@/lib/donors';
import { formatNumber, formatSourceDate } from '@/lib/format';
import { useEuOptions } from '../api/eu-options-queries';
import type { EuOptionsData } from '../api/eu-options-schema';
import { GDP_KEY_LABEL, GDP_KEY_SOURCE, useGdpTable } from '../api/use-gdp-table';
import type { GdpTable } from '../model/gdp-key';
import { computeScenario } from '../model/scenario';
import { CalculatorForm } from './calculator-form';
import { CalculatorOutputs, eurBn } from './calculator-outputs';
import { HighlightedShares } from './highlighted-shares';
import { ScenarioChart } from './scenario-chart';
import { SourceList } from './source-list';
import { useCalculatorUrl } from './use-calculator-url';
import './eu-options.css';

/** View 3 of the financing page: what Plan A's interest costs a country, against its Plan B guarantee. */
export function ScenarioCalculatorSection({ highlight }: { highlight: readonly string[] }) {
  const options = useEuOptions();
  const gdp = useGdpTable();
  const error = options.error ?? gdp.error;
  if (error) {
    return (
      <LoadError
        error={error}
        onRetry={() => {
          if (options.error) void options.refetch();
          if (gdp.error) void gdp.refetch();
        }}
        what="the scenario calculator"
      />
    );
  }
  if (!options.data || !gdp.data)
    return <LoadingBlock label="the scenario calculator" height={480} />;
  return <Calculator data={options.data} gdp={gdp.data} highlight={highlight} />;
}

function Calculator({
  data,
  gdp,
  highlight,
}: {
  data: EuOptionsData;
  gdp: GdpTable;
  highlight: readonly string[];
}) {
  const defaults = data.calculatorDefaults;
  const { state, set, setMembers } = useCalculatorUrl(defaults, highlight);
  const reported = useMemo(
    () => new Map(data.guarantees.countries.map((g) => [g.code, g.amountEurBn])),
    [data.guarantees.countries],
  );
  const inputs = {
    principalEurBn: defaults.principalEurBn,
    ratePercent: state.rate.value,
    years: state.years.value,
    participants: state.members.value,
    country: state.country.value,
    planBTotalEurBn: defaults.planBTotalEurBn,
  };
  const result = computeScenario(inputs, gdp.byCode, EU27_CODES, reported);
  const countryName = donorName(state.country.value);
  const reportedSource = data.guarantees.countries.find((g) => g.code === state.country.value);
  return (
    <section className="eu-options" aria-labelledby="scenario-heading">
      <h2 id="scenario-heading" className="section-title">
        Scenario calculator: Plan A’s interest cost against Plan B’s guarantee
      </h2>
      <div className="eu-calc">
        <CalculatorForm
          state={state}
          defaults={defaults}
          highlight={highlight}
          onChange={set}
          onMembersChange={setMembers}
        />
        <div>
          <CalculatorOutputs
            result={result}
            country={state.country.value}
            principalEurBn={defaults.principalEurBn}
            ratePercent={state.rate.value}
            years={state.years.value}
            participantCount={state.members.value.length}
            planBTotalEurBn={defaults.planBTotalEurBn}
          />
          <ChartFrame
            id="scenario-chart"
            title={`${countryName}: Plan A interest share against Plan B guarantee`}
            units="EUR bn; bars: Plan A interest paid so far (cumulative); lines: Plan B guarantee"
            source={
              <>
                <SourceList sources={defaults.rateSources} label="interest rate from" inline />
                key: <SourceLink source={GDP_KEY_SOURCE} />; guarantees:{' '}
                {reportedSource ? (
                  <SourceList sources={reportedSource.sources} label="reported by" inline />
                ) : (
                  'none reported for this country'
                )}
              </>
            }
            asOf={formatSourceDate(data.asOf)}
            notes={
              <>
                <p>
                  Key: {countryName}’s GDP ÷ the sum of the participants’ GDP (Plan A) or of all 27
                  members’ GDP (Plan B, computed). {GDP_KEY_LABEL}. The reported split uses
                  GNI/economic weight, so the computed figures are an approximation.
                </p>
                <p>
                  Default rate: {defaults.rateDerivation} Default years: {defaults.yearsDerivation}{' '}
                  Default participants: {defaults.participantsNote}
                </p>
                <p>
                  Plan B total: EUR {formatNumber(defaults.planBTotalEurBn, 0)} bn.{' '}
                  {defaults.planBTotalDerivation}
                </p>
                <p>
                  Plan A’s figure is money paid (interest); Plan B’s is a guarantee, paid only if
                  the assets must be returned. They are shown side by side, never added. Plan B was
                  not adopted.
                </p>
              </>
            }
            table={
              <DataTable
                caption={`${countryName}: Plan A interest share by year (cumulative), EUR bn`}
                columns={[
                  { key: 'year', header: 'Year', cell: (p: { year: number }) => `Year ${p.year}` },
                  {
                    key: 'share',
                    header: 'Plan A interest share, cumulative (EUR bn)',
                    numeric: true,
                    cell: (p: { cumulativeShareEurBn: number | null }) =>
                      eurBn(p.cumulativeShareEurBn).replace(/^EUR | bn$/g, ''),
                  },
                ]}
                rows={result.series}
                rowKey={(p) => String(p.year)}
                footer={{
                  year: 'Plan B guarantee: reported / computed with GDP key',
                  share: `${eurBn(result.planBReportedEurBn)} / ${eurBn(result.planBComputedEurBn)}`,
                }}
              />
            }
          >
            <ScenarioChart
              series={result.series}
              countryName={countryName}
              reportedEurBn={result.planBReportedEurBn}
              computedEurBn={result.planBComputedEurBn}
            />
          </ChartFrame>
          <HighlightedShares
            highlight={highlight}
            inputs={inputs}
            gdp={gdp.byCode}
            reported={reported}
          />
        </div>
      </div>
    </section>
  );
}
