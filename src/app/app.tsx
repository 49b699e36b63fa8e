import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BriefingShell } from '@/features/deck';
import { ImportedDataBanner, UserDataSource } from '@/features/import';
import { DataSourceLineProvider } from '@/components/data-source-line';
import { LocaleProvider } from '@/lib/i18n/locale-provider';
import { AppHeader } from './app-header';
import { composeFeatures } from './compose-features';
import { Dashboard } from './dashboard';
import { createQueryClient } from './query-client';
import { SkipLink } from './skip-link';

composeFeatures();

/** The dashboard. Tests pass their own client (no retries); the browser gets the default one. */
export function App({ client }: { client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <DataSourceLineProvider value={UserDataSource}>
          <BriefingShell>
            <SkipLink />
            <AppHeader />
            <ImportedDataBanner />
            <Dashboard />
          </BriefingShell>
        </DataSourceLineProvider>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
