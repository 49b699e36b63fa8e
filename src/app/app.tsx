import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { AppHeader } from './app-header';
import { Dashboard } from './dashboard';
import { createQueryClient } from './query-client';

export function App() {
  const [queryClient] = useState(createQueryClient);
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
