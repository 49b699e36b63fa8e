import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDataServer } from '@mocks/node';
import { createTestQueryClient } from '@/test-utils/render-with-client';
import { PlanComparisonSection } from './plan-comparison-section';

const server = createDataServer();
const WAIT = { timeout: 15_000 };
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function renderSection(highlight: readonly string[] = []) {
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <PlanComparisonSection highlight={highlight} />
    </QueryClientProvider>,
  );
}

describe('PlanComparisonSection', { timeout: 30_000 }, () => {
  it('draws the comparison as a table: aspects as row headers, Plan A and Plan B as columns', async () => {
    renderSection();
    const table = await screen.findByRole(
      'table',
      { name: /Plan A vs Plan B, point by point/ },
      WAIT,
    );
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Aspect', 'Plan A: EU borrowing', 'Plan B: reparations loan']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Mechanism',
      'Amount',
      'Who borrows, who lends',
      'Who bears the cost and the risk',
      'Voting rule',
      'Legal risks raised',
      "Belgium's objections and requested guarantees",
      'Time to first money',
      'Outcome',
    ]);
    // every cell links at least one source
    for (const cell of within(table).getAllByRole('cell')) {
      expect(within(cell).getAllByRole('link').length).toBeGreaterThan(0);
    }
    expect(
      within(table).getByText(
        '“does not satisfactorily address our concerns … we have not been heard”',
      ),
    ).toBeInTheDocument();
    const conflict = within(table)
      .getByText(/Sources disagree/)
      .closest('.conflict') as HTMLElement;
    expect(conflict).toHaveTextContent('€185B');
    expect(conflict).toHaveTextContent('€190B');
  });

  it('the guarantees chart marks the countries of the donor filter in its label and table, not by colour alone', async () => {
    const user = userEvent.setup();
    renderSection(['DEU', 'NOR']);
    const figure = await screen.findByRole(
      'figure',
      { name: 'Plan B: national guarantees as reported' },
      WAIT,
    );
    expect(within(figure).getByText(/marked “\(selected\)”/)).toBeInTheDocument();
    await user.click(within(figure).getByRole('button', { name: 'Show data table' }));
    const table = within(figure).getByRole('table');
    expect(
      within(table).getByRole('rowheader', { name: 'Germany (selected)' }),
    ).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'France' })).toBeInTheDocument();
    expect(within(table).getByText('160.2')).toBeInTheDocument(); // 51.3+34+25.1+18.9+13.4+10.3+7.2
  });

  it('a broken file shows an error with Retry, not a blank', async () => {
    server.use(http.get('*/data/eu-options.json', () => HttpResponse.json({ comparison: [] })));
    renderSection();
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent(/eu-options\.json is malformed/);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
