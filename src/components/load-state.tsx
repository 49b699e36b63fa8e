import {
  DataFormatError,
  DataTimeoutError,
  formatSeconds,
  HttpError,
  NetworkError,
} from '@/lib/fetch-json';

/** A human sentence for a failed data request. */
export function describeLoadError(error: Error): string {
  if (error instanceof HttpError) {
    return error.status === 404
      ? `The data file ${error.url} was not found (404).`
      : `The data server answered ${error.status} for ${error.url}.`;
  }
  if (error instanceof DataFormatError) {
    return `The data file ${error.url} is malformed: ${error.problems.slice(0, 3).join('; ')}${error.problems.length > 3 ? ` (and ${error.problems.length - 3} more problems)` : ''}.`;
  }
  if (error instanceof DataTimeoutError) {
    return `The data file ${error.url} took too long to arrive (not received within ${formatSeconds(error.timeoutMs)}); the server or the connection may be slow.`;
  }
  if (error instanceof NetworkError) {
    return `The data file ${error.url} could not be reached: the connection may be offline, or the request was blocked.`;
  }
  if (error.name === 'TimeoutError') return 'The data took too long to arrive.';
  return error.message || 'The data could not be loaded.';
}

export function LoadError({
  error,
  onRetry,
  what,
}: {
  error: Error;
  onRetry: () => void;
  what: string;
}) {
  return (
    <div className="load-error" role="alert">
      <p>
        <strong>Could not load {what}.</strong> {describeLoadError(error)} The rest of the dashboard
        keeps working.
      </p>
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}

export function LoadingBlock({ label, height = 240 }: { label: string; height?: number }) {
  return (
    <div className="loading-block" aria-busy="true" style={{ minHeight: height }}>
      <span className="visually-hidden">Loading {label}…</span>
    </div>
  );
}
