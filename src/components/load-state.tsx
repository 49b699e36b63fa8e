import { DataFormatError, DataTimeoutError, HttpError, NetworkError } from '@/lib/fetch-json';
import { formatDecimal } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';

/** "15 seconds" / "1,5 Sekunden": a timeout in the interface language (one decimal at most). */
export function describeSeconds(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return messages().loadTime.seconds(seconds, formatDecimal(seconds, 1));
}

/** A human sentence for a failed data request. */
export function describeLoadError(error: Error): string {
  const text = messages().load;
  if (error instanceof HttpError) {
    return error.status === 404
      ? text.notFound(error.url)
      : text.httpStatus(error.status, error.url);
  }
  if (error instanceof DataFormatError) {
    return text.malformed(
      error.url,
      error.problems.slice(0, 3).join('; '),
      Math.max(0, error.problems.length - 3),
    );
  }
  if (error instanceof DataTimeoutError) {
    return text.timeout(error.url, describeSeconds(error.timeoutMs));
  }
  if (error instanceof NetworkError) {
    return text.network(error.url);
  }
  if (error.name === 'TimeoutError') return text.tooSlow;
  return error.message || text.generic;
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
  const text = messages().load;
  return (
    <div className="load-error" role="alert">
      <p>
        <strong>{text.couldNotLoad(what)}</strong> {describeLoadError(error)} {text.restWorks}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {text.retry}
      </button>
    </div>
  );
}

export function LoadingBlock({ label, height = 240 }: { label: string; height?: number }) {
  return (
    <div className="loading-block" aria-busy="true" style={{ minHeight: height }}>
      <span className="visually-hidden">{messages().load.loading(label)}</span>
    </div>
  );
}
