import { useMemo } from 'react';
import { ChartFrame } from '@/components/chart-frame';
import { DataTable } from '@/components/data-table';
import { LoadError, LoadingBlock } from '@/components/load-state';
import { SourceLink } from '@/components/source-link';
import { donorName, EU27_CODES } from '@/lib/donors';
import { euOptionsText } from '../eu-options-text';
import { formatNumber, formatSourceDate } from '@/lib/format';
import { useEuOptions } from '../api/eu-options-queries';
import type { EuOptionsData } from '../api/eu-options-schema';
import { gdpKeySource, useGdpTable } from '../api/use-gdp-table';
import type { GdpTable } from '../model/gdp-key';
import { computeScenario } from '../model/scenario';
import { CalculatorForm } from './calculator-form';
import { formatEurBnRange } from './comparison-cell';
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
  const t = euOptionsText();
  const error = options.error ?? gdp.error;
  if (error) {
    return (
      <LoadError
        error={error}
        onRetry={() => {
          if (options.error) void options.refetch();
          if (gdp.error) void gdp.refetch();
        }}
        what={t.calculatorWhat}
      />
    );
  }
  if (!options.data || !gdp.data) return <LoadingBlock label={t.calculatorWhat} height={480} />;
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
  const t = euOptionsText();
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
        {t.calculatorHeading}
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
            unused={[
              ...(state.rate.message === null
                ? []
                : [
                    {
                      field: t.rateLabel,
                      typed: state.rate.text,
                      used: `${formatNumber(state.rate.value, 2)} %`,
                    },
                  ]),
              ...(state.years.message === null
                ? []
                : [
                    {
                      field: t.yearsLabel,
                      typed: state.years.text,
                      used: String(state.years.value),
                    },
                  ]),
            ]}
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
            title={t.scenarioTitle(countryName)}
            units={t.scenarioUnits}
            source={
              <>
                <SourceList sources={defaults.rateSources} label={t.rateFrom} inline />
                {t.keyLabel} <SourceLink source={gdpKeySource(t.gdpColumn)} />
                {t.guaranteesLabel}{' '}
                {reportedSource ? (
                  <SourceList sources={reportedSource.sources} label={t.reportedBy} inline />
                ) : (
                  t.noneReported
                )}
              </>
            }
            asOf={formatSourceDate(data.asOf)}
            notes={
              <>
                <p>{t.keyNote(countryName)}</p>
                <p>
                  {t.defaultRate} {defaults.rateDerivation} {t.defaultYears}{' '}
                  {defaults.yearsDerivation} {t.defaultParticipants} {defaults.participantsNote}
                </p>
                <p>
                  {t.planBTotal(formatEurBnRange({ amountEurBn: defaults.planBTotalEurBn }))}{' '}
                  {defaults.planBTotalDerivation}
                </p>
                <p>{t.neverAdded}</p>
              </>
            }
            table={
              <DataTable
                caption={t.scenarioCaption(countryName)}
                columns={[
                  {
                    key: 'year',
                    header: t.yearColumn,
                    cell: (p: { year: number }) => t.year(p.year),
                  },
                  {
                    key: 'share',
                    header: t.shareColumn,
                    numeric: true,
                    cell: (p: { cumulativeShareEurBn: number | null }) =>
                      p.cumulativeShareEurBn === null || !Number.isFinite(p.cumulativeShareEurBn)
                        ? '–'
                        : formatNumber(p.cumulativeShareEurBn, 2),
                  },
                ]}
                rows={result.series}
                rowKey={(p) => String(p.year)}
                footer={{
                  year: t.planBFooter,
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
