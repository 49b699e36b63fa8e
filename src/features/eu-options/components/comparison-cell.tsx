import { formatScaledMoney, formatSourceDate } from '@/lib/format';
import { PageText } from '@/components/data-text';
import { euOptionsText } from '../eu-options-text';
import type { ComparisonCell, ReportedFigure } from '../api/eu-options-schema';
import { SourceList } from './source-list';

/** "€3B", "€3–4B", "€51.3B" / German "3 Mrd. €", "3–4 Mrd. €", "51,3 Mrd. €": as reported. */
export function formatEurBnRange(
  figure: Pick<ReportedFigure, 'amountEurBn' | 'upToEurBn'>,
): string {
  const digits = (value: number) => Math.min(Number.isInteger(value) ? 0 : value < 10 ? 2 : 1, 3);
  const { amountEurBn, upToEurBn } = figure;
  return formatScaledMoney(
    amountEurBn * 1e9,
    'EUR',
    digits(amountEurBn),
    upToEurBn === undefined ? {} : { upTo: upToEurBn * 1e9, upToDecimals: digits(upToEurBn) },
  );
}

function FigureLine({ figure }: { figure: ReportedFigure }) {
  const t = euOptionsText();
  return (
    <li>
      {figure.label}: <strong>{formatEurBnRange(figure)}</strong>
      {figure.note && <span className="muted"> ({figure.note})</span>}
      <SourceList sources={figure.sources} label={t.source} short inline />
    </li>
  );
}

/** One side of one aspect: text, quotes, figures, conflicting values (all kept), note, sources. */
export function ComparisonCellContent({ cell, plan }: { cell: ComparisonCell; plan: string }) {
  const t = euOptionsText();
  return (
    <div className="eu-cell">
      <span className="eu-cell__plan" aria-hidden="true">
        {plan}
      </span>
      <p>
        <PageText text={cell.text} />
      </p>
      {cell.quotes?.map((quote) => (
        <figure className="eu-cell__quote" key={quote.text}>
          {/* A quotation keeps its original (English) words in both languages. */}
          <blockquote lang="en">
            <p>“{quote.text}”</p>
          </blockquote>
          <figcaption className="small">
            {quote.speaker}, {formatSourceDate(quote.date)}
            <SourceList sources={quote.sources} label={t.source} short />
          </figcaption>
        </figure>
      ))}
      {cell.figures && cell.figures.length > 0 && (
        <ul className="eu-cell__figures">
          {cell.figures.map((figure) => (
            <FigureLine key={figure.label} figure={figure} />
          ))}
        </ul>
      )}
      {cell.conflicts?.map((conflict) => (
        <div className="conflict eu-cell__conflict" key={conflict.about}>
          <p>
            <strong>{t.sourcesDisagree}</strong>
            {t.everyValueShown(conflict.about)}
          </p>
          <ul>
            {conflict.values.map((value) => (
              <FigureLine key={value.label} figure={value} />
            ))}
          </ul>
          {conflict.note && (
            <p className="small">
              <PageText text={conflict.note} />
            </p>
          )}
        </div>
      ))}
      {cell.note && <p className="small muted">{t.note(cell.note)}</p>}
      <SourceList sources={cell.sources} />
    </div>
  );
}
