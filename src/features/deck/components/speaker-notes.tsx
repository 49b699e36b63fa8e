import { BRIEFING_TEXT } from '@/features/briefing';
import { pptxText, sourceSuffix, type SpeakerNotes } from '@/features/pptx';

interface SpeakerNotesProps {
  notes: SpeakerNotes;
  /** The slide's title, named in the notes' label. */
  title: string;
  /**
   * Paper: the notes under a printed slide, without the source list (the slide's source line is
   * on the same page; the list is in the presenter view and the PowerPoint notes).
   */
  paper?: boolean;
}

/**
 * A slide's speaker notes (the same model as the PowerPoint notes): the takeaway, units and
 * as-of date, the caveats and, in the presenter view, every source with its address.
 */
export function SpeakerNotesView({ notes, title, paper = false }: SpeakerNotesProps) {
  const N = pptxText().notes;
  return (
    <section
      className={paper ? 'speaker-notes speaker-notes--paper' : 'speaker-notes'}
      aria-label={BRIEFING_TEXT.notesFor(title)}
    >
      <h3 className="speaker-notes__heading">{BRIEFING_TEXT.speakerNotes}</h3>
      <p className="speaker-notes__takeaway">
        <strong>{N.takeaway}:</strong> {notes.takeaway}
      </p>
      <p>
        {N.units}: {notes.units}. {BRIEFING_TEXT.asOfLabel}: {notes.asOf}.
      </p>
      <h4 className="speaker-notes__subheading">{N.caveats}</h4>
      <ul className="speaker-notes__caveats">
        {notes.caveats.length > 0 ? (
          notes.caveats.map((line) => <li key={line}>{line}</li>)
        ) : (
          <li>{N.none}</li>
        )}
      </ul>
      {!paper && (
        <>
          <h4 className="speaker-notes__subheading">{N.sources}</h4>
          <ul className="speaker-notes__sources">
            {notes.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                </a>
                {sourceSuffix(source)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
