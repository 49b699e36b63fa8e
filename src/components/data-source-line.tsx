import { createContext, useContext, type ReactNode } from 'react';
import type { DataSetKind } from '@/lib/data-sets/data-set-kind';

interface DataSourceLineProps {
  kind: DataSetKind;
  /** The bundled data's source line. */
  fallback: ReactNode;
}

/**
 * Draws the line. Called during DataSourceLine's render, so it may use hooks: the provider gives
 * one function for the app's lifetime.
 */
type SourceLine = (props: DataSourceLineProps) => ReactNode;

const SourceLineContext = createContext<SourceLine>(({ fallback }) => fallback);

/**
 * src/app provides the import feature's line ("Your data: FILE (imported ...)" while an imported
 * data set is in use); without it, charts show the bundled source.
 */
export const DataSourceLineProvider = SourceLineContext.Provider;

/** The source line of a chart drawn from a data set that the user may have replaced by an import. */
export function DataSourceLine(props: DataSourceLineProps) {
  const line = useContext(SourceLineContext);
  return <>{line(props)}</>;
}
