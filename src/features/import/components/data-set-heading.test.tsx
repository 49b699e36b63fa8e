import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { setLocale } from '@/lib/i18n/locale';
import { createTestQueryClient } from '@/test-utils/render-with-client';
import { setActiveDataSet } from '@/lib/data-sets/active-selection';
import { createMemoryStore } from '../storage/memory-store';
import { setDataSetStore } from '../storage/store-instance';
import { storedKielSet } from './stored-kiel-set.fixture';
import { KielDataHeading } from './data-set-heading';

const BUNDLED = 'Context: Kiel Ukraine Support Tracker, release 29';
const imported = storedKielSet('imp-test-0001', 'my-kiel.csv');

function renderHeading() {
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <h2>
        <KielDataHeading bundled={BUNDLED} />
      </h2>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  localStorage.clear();
  setDataSetStore(null);
  setLocale('en');
});

describe('KielDataHeading', () => {
  it('names the bundled release while no import is in use', () => {
    setDataSetStore(createMemoryStore([imported]));
    renderHeading();
    expect(screen.getByRole('heading')).toHaveTextContent(BUNDLED);
  });

  it('names the user’s file and import time while an import is in use', async () => {
    setDataSetStore(createMemoryStore([imported]));
    setActiveDataSet('kiel', imported.id);
    renderHeading();
    expect(
      await screen.findByRole('heading', {
        name: /^Context: your Kiel tracker data, my-kiel\.csv \(imported 2\d Nov 2026 \d{2}:\d{2}\)$/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading')).not.toHaveTextContent('release 29');
  });

  it('in German', async () => {
    setLocale('de');
    setDataSetStore(createMemoryStore([imported]));
    setActiveDataSet('kiel', imported.id);
    renderHeading();
    expect(
      await screen.findByRole('heading', {
        name: /^Kontext: Ihre Kiel-Tracker-Daten, my-kiel\.csv \(importiert am 2\d\. Nov\. 2026, \d{2}:\d{2} Uhr\)$/,
      }),
    ).toBeInTheDocument();
  });

  it('falls back to the bundled release when the chosen set is no longer stored', async () => {
    setDataSetStore(createMemoryStore());
    setActiveDataSet('kiel', imported.id);
    renderHeading();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.getByRole('heading')).toHaveTextContent(BUNDLED);
  });
});
