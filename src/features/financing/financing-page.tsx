import { PlanComparisonSection } from '@/features/eu-options/components/plan-comparison-section';
import { ScenarioCalculatorSection } from '@/features/eu-options/components/scenario-calculator-section';
import { DecisionTimelineSection } from './components/decision-timeline-section';
import { FundingGapSection } from './components/funding-gap-section';
import './financing.css';

/**
 * The funding gap page (`?page=financing`): how Ukraine's 2026-2027 external financing need is
 * covered, and the decisions that led to the EU's EUR 90bn loan. `highlight` = the donor codes
 * selected in the explorer's filter (marked where they appear).
 */
export default function FinancingPage({ highlight }: { highlight: readonly string[] }) {
  return (
    <div className="financing-page">
      <header className="financing-page__intro">
        <h1 className="financing-page__title">Funding gap 2026–2027 and the EU’s decision</h1>
        <p className="financing-page__lede">
          How much external money Ukraine needs in 2026 and 2027, what covers it so far (by status:
          disbursed, decided, pledged, proposed), and how the EU went from Plan A and Plan B to its
          EUR 90bn loan. Every figure links to its source; where sources disagree, both values are
          shown.
        </p>
      </header>
      <FundingGapSection highlight={highlight} />
      <PlanComparisonSection highlight={highlight} />
      <ScenarioCalculatorSection highlight={highlight} />
      <DecisionTimelineSection highlight={highlight} />
    </div>
  );
}
