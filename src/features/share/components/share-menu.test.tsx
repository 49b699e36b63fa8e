import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { QueryClientProvider } from '@tanstack/react-query';
import { createTestQueryClient } from '@/test-utils/render-with-client';
import { ShareMenu } from './share-menu';

describe('ShareMenu', () => {
  it('loads the embed dialog on demand, with every slide title, and gives focus back on Escape', async () => {
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <ShareMenu />
      </QueryClientProvider>,
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const embed = screen.getByRole('button', { name: 'Embed…' });
    await user.click(embed);

    const dialog = await screen.findByRole('dialog', { name: 'Embed a chart' });
    const select = screen.getByRole('combobox', { name: 'Chart' });
    await waitFor(() => expect(select).toHaveFocus());
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options).toHaveLength(7);
    expect(options).toContain('Funding gap 2026–2027: need and what covers it');

    await user.selectOptions(select, 'funding-gap');
    const code = screen.getByRole('textbox', { name: 'HTML to paste' });
    expect((code as HTMLTextAreaElement).value).toContain('chart=funding-gap');
    expect((code as HTMLTextAreaElement).value).toContain(
      'Funding gap 2026–2027: need and what covers it',
    );

    await user.keyboard('{Escape}');
    expect(dialog).not.toBeInTheDocument();
    expect(embed).toHaveFocus();
  });
});
