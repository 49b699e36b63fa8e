import {
  BRIEFING_TEXT,
  useSlideInputs,
  SCREEN_PALETTE,
  SlideView,
  buildSlide,
  findSlide,
} from '@/features/briefing';
import { shareUrl } from '../model/share-urls';
import './share.css';

/** `?embed=1&chart=ID`: the chart alone (title, takeaway, chart, source, as-of), for an iframe. */
export function EmbedView({ chart }: { chart: string }) {
  const definition = findSlide(chart);
  const inputs = useSlideInputs(definition ? [definition.needs] : []);
  const full = shareUrl(window.location.href);
  return (
    <main className="embed">
      {definition ? (
        <SlideView
          build={buildSlide(definition, inputs)}
          title={definition.title}
          fontSize={14}
          palette={SCREEN_PALETTE}
          headingLevel={1}
        />
      ) : (
        <p role="alert">{BRIEFING_TEXT.embedUnknownChart}</p>
      )}
      <p className="embed__link">
        <a href={full} target="_blank" rel="noopener">
          {BRIEFING_TEXT.openFullView}
        </a>
      </p>
    </main>
  );
}
