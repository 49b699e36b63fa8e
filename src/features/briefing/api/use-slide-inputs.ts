import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  euOptionsQueries,
  EU_OPTIONS_URL,
  CALCULATOR_PARAMS,
  gdpTableFromKiel,
} from '@/features/eu-options';
import { financingQueries, FINANCING_URL, NEED_PARAM } from '@/features/financing';
import { useUrlState } from '@/features/filters';
import { KIEL_FILES, useKielDataExplorer, useKielReleaseInfo } from '@/features/kiel';
import { usePledgeData, cachedPledgeView, useFxRates } from '@/features/pledges';
import { purlTimelineView } from '@/features/purl';
import { readParam, useSearch } from '@/lib/url-params';
import type {
  DataSetName,
  EuOptionsSlideData,
  FinancingSlideData,
  KielSlideData,
  Loadable,
  PledgeSlideData,
  SlideInputs,
} from '../model/slide-types';

/**
 * The data every slide is built from, for the view in the URL: the same selectors as the
 * dashboard (cachedPledgeView, purlTimelineView, the Kiel selectors in each slide). The Kiel
 * and financing page files are fetched only when a slide shown or exported `needs` them.
 */
export function useSlideInputs(needs: readonly DataSetName[]): SlideInputs {
  const { state } = useUrlState();
  const { filters, view } = state;
  const withKiel = needs.includes('kiel') || needs.includes('scenario');
  const withFinancing = needs.includes('financing');
  const withOptions = needs.includes('euOptions') || needs.includes('scenario');
  const pledgeData = usePledgeData();
  const explorer = useKielDataExplorer({ enabled: withKiel });
  const release = useKielReleaseInfo(withKiel);
  const financingQuery = useQuery({ ...financingQueries.data(), enabled: withFinancing });
  const fxQuery = useFxRates(withFinancing);
  const optionsQuery = useQuery({ ...euOptionsQueries.data(), enabled: withOptions });
  const search = useSearch();
  const needParam = readParam(search, NEED_PARAM);
  // A string key, so that paging the deck (which changes `slide`) does not rebuild the slides.
  const paramsKey = JSON.stringify(CALCULATOR_PARAMS.map((name) => readParam(search, name)));

  const prepared = pledgeData.status === 'success' ? pledgeData.prepared : null;
  const fxNote = pledgeData.status === 'success' ? pledgeData.fxNote : '';
  const pledges = useMemo((): Loadable<PledgeSlideData> => {
    if (pledgeData.status === 'error')
      return { status: 'error', what: 'pledges.json or fx-rates.json' };
    if (!prepared) return { status: 'pending' };
    const pledgeView = cachedPledgeView(prepared, filters, view.split);
    const { events, perMonth } = purlTimelineView(pledgeView, prepared);
    return {
      status: 'ready',
      data: {
        prepared,
        fxNote,
        view: pledgeView,
        events,
        eventsPerMonth: perMonth,
      },
    };
  }, [pledgeData.status, prepared, fxNote, filters, view.split]);

  const rows = explorer.data?.rows;
  const info = release.data?.rows[0] ?? null;
  const kiel = useMemo((): Loadable<KielSlideData> => {
    if (explorer.error) return { status: 'error', what: KIEL_FILES.dataExplorer };
    if (!rows) return { status: 'pending' };
    // release_info.csv is optional: without it the slide still shows, without the release date.
    if (release.isPending && !release.error) return { status: 'pending' };
    return { status: 'ready', data: { rows, release: info } };
  }, [explorer.error, rows, release.isPending, release.error, info]);

  const financingData = financingQuery.data;
  const fx = fxQuery.data;
  const financingError = financingQuery.error ?? fxQuery.error;
  const financing = useMemo((): Loadable<FinancingSlideData> => {
    if (financingError) return { status: 'error', what: `${FINANCING_URL} or fx-rates.json` };
    if (!financingData || !fx) return { status: 'pending' };
    return { status: 'ready', data: { data: financingData, fx, needParam } };
  }, [financingError, financingData, fx, needParam]);

  const optionsData = optionsQuery.data;
  const explorerRows = explorer.data?.rows;
  // GDP by country from the Kiel data explorer: the same table the calculator uses (useGdpTable).
  const gdp = useMemo(() => (explorerRows ? gdpTableFromKiel(explorerRows) : null), [explorerRows]);
  const options = useMemo((): Loadable<EuOptionsSlideData> => {
    if (optionsQuery.error) return { status: 'error', what: EU_OPTIONS_URL };
    if (!optionsData) return { status: 'pending' };
    const values = JSON.parse(paramsKey) as (string | null)[];
    const params = Object.fromEntries(
      CALCULATOR_PARAMS.map((name, i) => [name, values[i] ?? null]),
    ) as EuOptionsSlideData['params'];
    return { status: 'ready', data: { data: optionsData, gdp, params } };
  }, [optionsQuery.error, optionsData, gdp, paramsKey]);
  const scenario = useMemo((): Loadable<EuOptionsSlideData> => {
    if (options.status !== 'ready') return options;
    if (explorer.error) return { status: 'error', what: KIEL_FILES.dataExplorer };
    return options.data.gdp ? options : { status: 'pending' };
  }, [options, explorer.error]);

  return useMemo(
    () => ({ filters, view, pledges, kiel, financing, euOptions: options, scenario }),
    [filters, view, pledges, kiel, financing, options, scenario],
  );
}
