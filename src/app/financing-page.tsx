import { PageFreshnessNote, StaleSectionNotes } from '@/features/freshness';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { pledgeQueries } from '@/features/pledges';
import { useActiveSelection } from '@/lib/data-sets/active-selection';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';
import { SHORT_SCREEN_QUERY, useMediaQuery } from '@/lib/use-media-query';
import { PlanComparisonSection, ScenarioCalculatorSection } from '@/features/eu-options';
import { DecisionTimelineSection, FundingGapSection, financingText } from '@/features/financing';

const FINANCING_DATA = ['financing'] as const;
const EU_OPTIONS_DATA = ['euOptions'] as const;

/**
 * The HTML preloads pledges.json for the explorer (the usual first page). Here it is read into the
 * query cache once this page is painted: the explorer tab then opens at once, and the browser no
 * longer warns that a preloaded file went unused.
 */
function usePledgesForTheOtherPage(): void {
  const client = useQueryClient();
  const painted = useAfterFirstPaint(true);
  const { pledges } = useActiveSelection();
  useEffect(() => {
    if (painted) void client.prefetchQuery(pledgeQueries.dataset(pledges));
  }, [client, painted, pledges]);
}

/**
 * The funding gap page (`?page=financing`): how Ukraine's 2026-2027 external financing need is
 * covered, and the decisions that led to the EU's EUR 90bn loan. `highlight` = the donor codes
 * selected in the explorer's filter (marked where they appear).
 */
export default function FinancingPage({ highlight }: { highlight: readonly string[] }) {
  const t = financingText();
  usePledgesForTheOtherPage();
  // On a phone or a short screen (a 1280x720 projector) the lede folds away: the gap chart is then
  // on the first screen.
  const folded = useMediaQuery(SHORT_SCREEN_QUERY);
  const lede = <p className="financing-page__lede">{t.pageLede}</p>;
  return (
    <div className="financing-page">
      <header className="financing-page__intro">
        <h1 className="financing-page__title">{t.pageTitle}</h1>
        {folded ? (
          <details className="financing-page__about">
            <summary>{t.aboutPage}</summary>
            {lede}
          </details>
        ) : (
          lede
        )}
        <PageFreshnessNote page="financing" />
      </header>
      <StaleSectionNotes page="financing" sections={FINANCING_DATA} />
      <FundingGapSection highlight={highlight} />
      <StaleSectionNotes page="financing" sections={EU_OPTIONS_DATA} />
      <PlanComparisonSection highlight={highlight} />
      <ScenarioCalculatorSection highlight={highlight} />
      <DecisionTimelineSection highlight={highlight} />
    </div>
  );
}
