import {
  PURL_COLOURS,
  PurlTimePlot,
  purlDisputes,
  purlChartText,
  purlKeyEntries,
} from '@/features/purl';
import {
  disputeText,
  describeDispute,
  disputeCsvCells,
  disputeCsvColumns,
} from '@/features/pledges';
import { formatSourceDate } from '@/lib/format';
import { getLocale } from '@/lib/i18n/locale';
import { BRIEFING_TEXT } from '../briefing-text';
import { describeFilters } from '../model/filter-summary';
import { slideDefinition } from './slide-entry';
import type { SlideDefinition, SlideInputs, SlideModel } from '../model/slide-types';
import { purlTimelineTakeaway } from '../model/takeaways';
import { pledgeSource, requireReady } from './slide-sources';
import { NARROW_CHART_WIDTH } from './chart-bits';

function build(inputs: SlideInputs): SlideModel {
  const { prepared, fxNote, events, eventsPerMonth } = requireReady(inputs.pledges);
  const text = purlChartText();
  const T = BRIEFING_TEXT.explorer;
  const disputes = purlDisputes(events, prepared.rates);
  const figuresOf = (id: string) => disputes.figures.filter((figure) => figure.id === id);
  const disputeNote = disputes.figures.map(describeDispute).join(' ');
  return {
    id: 'purl-timeline',
    title: text.title,
    units: T.purlUnits,
    takeaway: purlTimelineTakeaway(events, eventsPerMonth, inputs.filters.donors),
    filterSummary: describeFilters(inputs.filters),
    legend: [
      { label: text.single, colour: PURL_COLOURS.single },
      { label: T.purlJointLegend, colour: PURL_COLOURS.joint, hatched: true },
      { label: text.running, colour: 'currentColor', line: true },
    ],
    numberedKey: purlKeyEntries(events, disputes.ids, disputeText().mark).map((entry) => ({
      label: entry.text,
      colour: entry.joint ? PURL_COLOURS.joint : PURL_COLOURS.single,
      hatched: entry.joint,
    })),
    csv: {
      columns: [
        '#',
        text.columns.date,
        text.columns.label,
        T.donorCode,
        T.description,
        T.amountMillion,
        T.currency,
        text.columns.eur,
        text.columns.adds,
        text.columns.running,
        ...disputeCsvColumns(),
      ],
      decimals: [undefined, undefined, undefined, undefined, undefined, 1, undefined, 1, 1, 1],
      rows: events.map((e, index) => [
        index + 1,
        e.date,
        e.label,
        e.pledge.donors.join('+'),
        e.description,
        e.amount / 1e6,
        e.currency,
        e.eur / 1e6,
        e.addsEur / 1e6,
        e.runningEur / 1e6,
        ...disputeCsvCells(disputes.ids.has(e.id) ? figuresOf(e.pledge.id) : []),
      ]),
    },
    source: pledgeSource(),
    asOf: formatSourceDate(prepared.dataset.dataset.asOf),
    note: disputeNote ? `${fxNote} ${disputeNote}` : fxNote,
    shortNote: disputeNote
      ? `${BRIEFING_TEXT.fxShortNote} ${BRIEFING_TEXT.disputedShortNote(disputeText().mark)}`
      : BRIEFING_TEXT.fxShortNote,
    empty: events.length === 0,
    renderChart: (size) => (
      <PurlTimePlot
        events={events}
        perMonth={eventsPerMonth}
        width={size.width}
        // A phone's deck scrolls as one column: the plot takes the height its panels need.
        height={size.width < NARROW_CHART_WIDTH ? undefined : size.height}
        fontSize={size.fontSize}
        {...(size.minFontSize === undefined ? {} : { minFontSize: size.minFontSize })}
        palette={size.palette}
        disputed={disputes.ids}
        mark={disputeText().mark}
        locale={getLocale() === 'de' ? 'de' : 'en'}
        title={text.svgTitle}
        runningTitle={text.runningAxis}
        barsTitle={size.keyOutside ? text.barsAxisKeyAside : text.barsAxis}
        withKey={!size.keyOutside}
      />
    ),
  };
}

export const PURL_TIMELINE_SLIDE: SlideDefinition = slideDefinition(
  'purl-timeline',
  'pledges',
  build,
);
