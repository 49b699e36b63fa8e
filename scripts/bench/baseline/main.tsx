// The benchmark's floor: the mandated libraries and nothing else. One Recharts bar chart of a
// static JSON file (10 bars) fetched through TanStack Query from this app's own public folder.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

interface BarDatum {
  label: string;
  value: number;
}

async function fetchBars(): Promise<BarDatum[]> {
  const response = await fetch(`${import.meta.env.BASE_URL}bars.json`);
  if (!response.ok) throw new Error(`bars.json answered ${response.status}`);
  return (await response.json()) as BarDatum[];
}

function BaselineChart() {
  const { data, error } = useQuery({ queryKey: ['bars'], queryFn: fetchBars });
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p>Loading…</p>;
  return (
    <figure aria-labelledby="baseline-title">
      <h2 id="baseline-title">Baseline bars</h2>
      <ResponsiveContainer width="100%" height={400}>
        <BarChart data={data} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis />
          <Tooltip />
          <Bar dataKey="value" fill="#0057b7" />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

const queryClient = new QueryClient();
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing');
createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <main>
        <h1>Benchmark baseline</h1>
        <BaselineChart />
      </main>
    </QueryClientProvider>
  </StrictMode>,
);
