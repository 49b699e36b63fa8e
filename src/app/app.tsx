import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { AppHeader } from './app-header';
import { Dashboard } from './dashboard';
import { createQueryClient } from './query-client';

/** The dashboard. Tests pass their own client (no retries); the browser gets the default one. */
export function App({ client }: { client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <a className="skip-link" href="#main">
        Skip to the charts
      </a>
      <AppHeader />
      <Dashboard />
    </QueryClientProvider>
  );
}
