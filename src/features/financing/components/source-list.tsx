import { Fragment } from 'react';
import { SourceLink } from '@/components/source-link';
import type { FinancingSource } from '../api/financing-schema';

/** Sources in a row, separated by semicolons, each with its reliability and any note. */
export function SourceList({ sources }: { sources: readonly FinancingSource[] }) {
  return (
    <>
      {sources.map((source, index) => (
        <Fragment key={`${source.url}-${index}`}>
          {index > 0 && '; '}
          <SourceLink source={source} />
          {source.note && <span className="muted small"> ({source.note})</span>}
        </Fragment>
      ))}
    </>
  );
}
