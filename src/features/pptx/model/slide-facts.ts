import { fundingGapSlideView, type SlideInputs, requireReady } from '@/features/briefing';
import { KIEL_CITATION, KIEL_URL } from '@/features/kiel';
import type { Pledge } from '@/features/pledges';
import { donorName } from '@/lib/donors';
import type { Source } from '@/lib/schema-primitives';
import { formatMoney } from '@/lib/format';
import { pptxText } from '../pptx-text';

/** A source with its address, as listed in the notes and on the last slide. */
export type SourceRef = Pick<Source, 'title' | 'url'> &
  Partial<Pick<Source, 'date' | 'reliability'>>;

/** The pledges a slide draws: every selected row, or only the PURL timeline's events. */
function slidePledges(id: string, inputs: SlideInputs): Pledge[] {
  const data = requireReady(inputs.pledges);
  if (id === 'purl-timeline') return data.events.map((event) => event.pledge);
  return data.view.counted.map((row) => row.pledge);
}

const isPledgeSlide = (id: string) => id === 'pledges-by-donor' || id === 'purl-timeline';

/** First occurrence of each address, in order. */
export function uniqueSources(sources: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    if (seen.has(source.url)) return false;
    seen.add(source.url);
    return true;
  });
}

/** Every source behind the numbers of slide `id`, with addresses (conflicting sources too). */
export function slideSourceList(id: string, inputs: SlideInputs): SourceRef[] {
  if (isPledgeSlide(id)) {
    return uniqueSources(
      slidePledges(id, inputs).flatMap((pledge) => [
        ...pledge.sources,
        ...(pledge.conflicts ?? []).map((conflict) => conflict.source),
      ]),
    );
  }
  if (id === 'kiel-allocations' || id === 'kiel-monthly') {
    const release = requireReady(inputs.kiel).release;
    return [
      { title: KIEL_CITATION, url: KIEL_URL, date: release?.date ?? null, reliability: 'official' },
    ];
  }
  if (id === 'funding-gap') {
    const { choice, model } = fundingGapSlideView(requireReady(inputs.financing));
    return uniqueSources([
      ...choice.estimate.sources,
      ...(choice.estimate.conflicts ?? []).flatMap((conflict) => conflict.sources),
      ...model.lines.flatMap((row) => row.line.sources),
    ]);
  }
  const { data } = requireReady(id === 'scenario' ? inputs.scenario : inputs.euOptions);
  if (id === 'eu-guarantees') {
    return uniqueSources([
      ...data.guarantees.sources,
      ...data.guarantees.countries.flatMap((country) => country.sources),
    ]);
  }
  const d = data.calculatorDefaults;
  return uniqueSources([
    ...d.principalSources,
    ...d.rateSources,
    ...d.yearsSources,
    ...d.participantsSources,
    ...d.planBTotalSources,
  ]);
}

const titles = (sources: readonly SourceRef[]) => sources.map((source) => source.title).join('; ');

/**
 * Figures the sources disagree on, as the page shows them (pledge table, funding-gap notes): the
 * amount used and each other reported amount with its source.
 */
export function disputedFigures(id: string, inputs: SlideInputs): string[] {
  const T = pptxText();
  if (id === 'funding-gap') {
    const { estimate } = fundingGapSlideView(requireReady(inputs.financing)).choice;
    return (estimate.conflicts ?? []).map((conflict) => {
      const part = estimate.breakdown?.find((p) => `breakdown.${p.component}` === conflict.field);
      return T.disputedLine(
        part ? `${estimate.label}, ${part.label}` : estimate.label,
        formatMoney(part ? part.amount : estimate.amount, estimate.currency),
        titles(estimate.sources),
        formatMoney(conflict.amount, conflict.currency),
        titles(conflict.sources),
      );
    });
  }
  if (!isPledgeSlide(id)) return [];
  return slidePledges(id, inputs).flatMap((pledge) =>
    (pledge.conflicts ?? []).map((conflict) =>
      T.disputedLine(
        `${pledge.id} ${pledge.donors.map((code) => donorName(code)).join(' + ')}`,
        formatMoney(pledge.amount, pledge.currency),
        titles(pledge.sources),
        formatMoney(conflict.amount, conflict.currency),
        conflict.source.title,
      ),
    ),
  );
}
