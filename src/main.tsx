import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { prefetchFirstViewData } from './app/first-view-data';
import { createQueryClient } from './app/query-client';
import './app/theme.css';
import './app/layout.css';
import './app/print.css';

async function startDevScenario() {
  // Development only: `?scenario=slow|error|missing|offline|malformed|large|huge|empty` lets MSW stand
  // in for the data host. This branch is removed from production builds.
  if (!import.meta.env.DEV) return;
  const scenario = new URLSearchParams(window.location.search).get('scenario');
  const { isScenario } = await import('../mocks/scenarios');
  if (!isScenario(scenario)) return;
  const { startScenario } = await import('../mocks/browser');
  await startScenario(scenario);
}

async function mount() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // After a development scenario has started (its mock serves these requests too).
  const client = createQueryClient();
  await prefetchFirstViewData(client);
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
}

void startDevScenario().finally(mount);
