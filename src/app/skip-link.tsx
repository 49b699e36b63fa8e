import { useMessages } from '@/lib/i18n/locale-provider';

/** The first tab stop: jumps over the header and filters to the charts. */
export function SkipLink() {
  return (
    <a className="skip-link" href="#main">
      {useMessages().app.skipLink}
    </a>
  );
}
