// The benchmark's floor: the mandated libraries and nothing else. One Recharts bar chart of a
// static JSON file (10 bars) fetched through TanStack Query from this app's own public folder.
// Three buttons filter the bars, so that the bench can time a redraw of the floor the same way it
// times the app's filter change (same selectors: the presets group, the figure, the headline).
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

interface BarDatum {
  label: string;
  value: number;
}

/** How many of the bars each preset keeps (the app's presets pick donors; here, the first N). */
const PRESETS = [
  ['All', 10],
  ['EU-27', 6],
  ['G7', 4],
] as const;

async function fetchBars(): Promise<BarDatum[]> {
  const response = await fetch(`${import.meta.env.BASE_URL}bars.json`);
  if (!response.ok) throw new Error(`bars.json answered ${response.status}`);
  return (await response.json()) as BarDatum[];
}

function BaselineChart() {
  const { data, error } = useQuery({ queryKey: ['bars'], queryFn: fetchBars });
  const [preset, setPreset] = useState<string>('All');
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p>Loading…</p>;
  const count = PRESETS.find(([name]) => name === preset)?.[1] ?? data.length;
  const shown = data.slice(0, count);
  return (
    <>
      <div role="group" aria-label="Donor presets">
        {PRESETS.map(([name]) => (
          <button
            key={name}
            type="button"
            aria-pressed={name === preset}
            onClick={() => setPreset(name)}
          >
            {name}
          </button>
        ))}
      </div>
      <section aria-label="Headline figures">
        <p>{shown.length} pledge lines</p>
      </section>
      <figure id="pledges-by-donor" aria-labelledby="baseline-title">
        <h2 id="baseline-title">Baseline bars</h2>
        <ResponsiveContainer width="100%" height={400}>
          <BarChart data={shown} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis />
            <Tooltip />
            {/* No animation, as in the app: a redraw ends when the bars are drawn. */}
            <Bar dataKey="value" fill="#0057b7" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </>
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
