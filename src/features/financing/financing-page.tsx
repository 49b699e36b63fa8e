import './financing.css';

/**
 * The funding gap page (`?page=financing`): how Ukraine's 2026-2027 external financing need is
 * covered, and the decisions that led to the EU's EUR 90bn loan.
 */
export default function FinancingPage({ highlight }: { highlight: readonly string[] }) {
  return (
    <div className="financing-page" data-highlight={highlight.join(' ') || undefined}>
      <header className="financing-page__intro">
        <h1 className="financing-page__title">Funding gap 2026–2027 and the EU’s options</h1>
        <p className="financing-page__lede">
          How much external money Ukraine needs in 2026 and 2027, what covers it so far, and how the
          EU decided on its EUR 90bn loan. Every figure links to its source.
        </p>
      </header>
    </div>
  );
}
