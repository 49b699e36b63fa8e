import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataServer } from '@mocks/node';
import { setLocale } from '@/lib/i18n/locale';
import { renderWithClient } from '@/test-utils/render-with-client';
import { BriefingShell } from './briefing-shell';
import { PresentButton } from './present-button';
import { PRESENT_BUTTON_ID } from './present-button-id';

const WAIT = { timeout: 15_000 };
const DECK = '/?deck=pledges-by-donor~purl-timeline&slide=2';
const server = createDataServer();

/** jsdom has no Fullscreen API: a document-level stand-in the tests drive like the browser. */
let fullscreenElement: Element | null = null;
const fullscreenChange = () => document.dispatchEvent(new Event('fullscreenchange'));
const requestFullscreen = vi.fn((element: Element) => {
  fullscreenElement = element;
  // The browser reports the change after the request resolves.
  window.setTimeout(fullscreenChange, 0);
  return Promise.resolve();
});
const exitFullscreen = vi.fn(() => {
  fullscreenElement = null;
  window.setTimeout(fullscreenChange, 0);
  return Promise.resolve();
});
/** What the browser does when the presenter presses Escape in full screen (the page sees no key). */
function browserLeavesFullscreen() {
  fullscreenElement = null;
  act(() => {
    fullscreenChange();
  });
}

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true });
  Object.defineProperty(document, 'fullscreenElement', {
    configurable: true,
    get: () => fullscreenElement,
  });
  Object.defineProperty(document, 'exitFullscreen', { configurable: true, value: exitFullscreen });
  Object.defineProperty(Element.prototype, 'requestFullscreen', {
    configurable: true,
    value(this: Element) {
      return requestFullscreen(this);
    },
  });
});
beforeEach(() => {
  fullscreenElement = null;
  requestFullscreen.mockClear();
  exitFullscreen.mockClear();
  window.history.replaceState(null, '', DECK);
});
afterEach(() => {
  server.resetHandlers();
  window.history.replaceState(null, '', '/');
});
afterAll(() => {
  server.close();
  Reflect.deleteProperty(document, 'fullscreenEnabled');
  Reflect.deleteProperty(document, 'fullscreenElement');
  Reflect.deleteProperty(document, 'exitFullscreen');
  Reflect.deleteProperty(Element.prototype, 'requestFullscreen');
});

async function openDeck() {
  const user = userEvent.setup();
  renderWithClient(
    <BriefingShell>
      <PresentButton />
    </BriefingShell>,
  );
  const deck = await screen.findByRole('dialog', { name: 'PURL packages over time' }, WAIT);
  return { user, deck };
}

async function enterFullscreen(user: ReturnType<typeof userEvent.setup>, deck: HTMLElement) {
  await user.click(within(deck).getByRole('button', { name: 'Full screen' }));
  expect(requestFullscreen).toHaveBeenCalledTimes(1);
  await waitFor(() => expect(document.fullscreenElement).toBe(deck));
  // Let the browser's (stand-in's) fullscreenchange arrive.
  await act(() => new Promise((resolve) => window.setTimeout(resolve, 0)));
}

async function expectClosedAsEscapeDoes() {
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(window.location.search).toBe('');
  await waitFor(() => expect(document.activeElement?.id).toBe(PRESENT_BUTTON_ID));
}

describe('Deck: leaving it', { timeout: 30_000 }, () => {
  it('Escape without full screen closes the deck: URL cleared, focus back on Present', async () => {
    const { user } = await openDeck();
    await user.keyboard('{Escape}');
    await expectClosedAsEscapeDoes();
    expect(exitFullscreen).not.toHaveBeenCalled();
  });

  it('in full screen, the one Escape the browser takes closes the deck too', async () => {
    const { user, deck } = await openDeck();
    await enterFullscreen(user, deck);
    expect(screen.getByRole('dialog')).toBe(deck);
    const entries = window.history.length;

    browserLeavesFullscreen();
    await expectClosedAsEscapeDoes();
    // One history entry, as Escape writes: the deck closed once.
    expect(window.history.length).toBe(entries + 1);
    expect(exitFullscreen).not.toHaveBeenCalled();
  });

  it('the Close button in full screen leaves full screen and closes the deck once', async () => {
    const { user, deck } = await openDeck();
    await enterFullscreen(user, deck);
    const entries = window.history.length;
    await user.click(within(deck).getByRole('button', { name: 'Close (Esc)' }));
    expect(exitFullscreen).toHaveBeenCalledTimes(1);
    await expectClosedAsEscapeDoes();
    await act(() => new Promise((resolve) => window.setTimeout(resolve, 0)));
    expect(document.fullscreenElement).toBeNull();
    expect(window.history.length).toBe(entries + 1);
  });

  it('a full screen the deck did not enter changes nothing', async () => {
    await openDeck();
    fullscreenElement = document.body;
    act(() => {
      fullscreenChange();
    });
    browserLeavesFullscreen();
    expect(screen.getByRole('dialog', { name: 'PURL packages over time' })).toBeInTheDocument();
    expect(window.location.search).toBe('?deck=pledges-by-donor~purl-timeline&slide=2');
  });

  it('with the slide picker open, leaving full screen closes only the picker', async () => {
    const { user, deck } = await openDeck();
    await enterFullscreen(user, deck);
    await user.click(within(deck).getByRole('button', { name: 'Pick slides' }));
    expect(screen.getAllByRole('dialog')).toHaveLength(2);

    browserLeavesFullscreen();
    await waitFor(() => expect(screen.getAllByRole('dialog')).toEqual([deck]));
    expect(document.activeElement).toBe(deck);
    expect(window.location.search).toBe('?deck=pledges-by-donor~purl-timeline&slide=2');
  });
});

describe('Deck: print pages', { timeout: 30_000 }, () => {
  const printPages = () => document.querySelectorAll('.deck__print .print-slide');
  const printTitles = () =>
    Array.from(document.querySelectorAll('.deck__print h2'), (h) => h.textContent);

  it('are not drawn until the browser prints: beforeprint mounts them at once, afterprint removes them', async () => {
    const { deck } = await openDeck();
    await waitFor(
      () =>
        expect(
          deck.querySelector('.deck__stage .recharts-surface, .deck__stage .purl-time-plot'),
        ).not.toBeNull(),
      WAIT,
    );
    expect(document.querySelector('.deck__print')).toBeNull();

    // Synchronously: the browser takes its snapshot right after beforeprint.
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
      expect(printPages()).toHaveLength(2);
    });
    expect(printTitles()).toEqual(['Pledges by donor', 'PURL packages over time']);
    expect(
      document.querySelectorAll('.deck__print .recharts-surface, .deck__print .purl-time-plot'),
    ).toHaveLength(2);

    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(document.querySelector('.deck__print')).toBeNull();
  });

  it('the Print button mounts the pages, then opens the print dialog', async () => {
    const pagesWhenPrinted: number[] = [];
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      window.dispatchEvent(new Event('beforeprint'));
      pagesWhenPrinted.push(printPages().length);
    });
    try {
      const { user, deck } = await openDeck();
      await user.click(within(deck).getByRole('button', { name: 'Print handout' }));
      await waitFor(() => expect(print).toHaveBeenCalledTimes(1), { timeout: 5000 });
      expect(pagesWhenPrinted).toEqual([2]);
      expect(printTitles()).toEqual(['Pledges by donor', 'PURL packages over time']);
      act(() => {
        window.dispatchEvent(new Event('afterprint'));
      });
      expect(document.querySelector('.deck__print')).toBeNull();
    } finally {
      print.mockRestore();
    }
  });
});

describe('Deck: speaker notes', { timeout: 30_000 }, () => {
  afterEach(() => setLocale('en'));

  it('N and the button show the slide’s takeaway and caveats beside it, and hide them again', async () => {
    const { user, deck } = await openDeck();
    await waitFor(
      () => expect(deck.querySelector('.deck__stage .purl-time-plot')).not.toBeNull(),
      WAIT,
    );
    const takeaway = deck.querySelector('.deck__stage .slide__takeaway') as HTMLElement;
    const button = within(deck).getByRole('button', { name: 'Speaker notes' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(within(deck).queryByRole('region', { name: /^Speaker notes/ })).toBeNull();

    await user.keyboard('n');
    const notes = within(deck).getByRole('region', {
      name: 'Speaker notes: PURL packages over time',
    });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(notes).toHaveTextContent(`Takeaway: ${takeaway.textContent ?? ''}`);
    expect(notes).toHaveTextContent(/As of: \d{1,2} \w{3} \d{4}/);
    expect(notes).toHaveTextContent(/Counting rules: .* joint packages are counted once/);
    // Disputed figures with both values, each with its source.
    expect(notes).toHaveTextContent(
      /P019 .*: USD 500M counted, per .+; sources disagree: €500M per/,
    );
    expect(within(notes).getAllByRole('link').length).toBeGreaterThan(0);
    // Paging keeps the notes open, for the next slide.
    await user.keyboard('{Home}');
    await waitFor(() =>
      expect(
        within(deck).getByRole('region', { name: 'Speaker notes: Pledges by donor' }),
      ).toBeInTheDocument(),
    );

    await user.click(button);
    expect(within(deck).queryByRole('region', { name: /^Speaker notes/ })).toBeNull();
    expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  it('German: the notes and their labels are German', async () => {
    setLocale('de');
    const user = userEvent.setup();
    renderWithClient(
      <BriefingShell>
        <PresentButton />
      </BriefingShell>,
    );
    const deck = await screen.findByRole('dialog', {}, WAIT);
    await user.click(await within(deck).findByRole('button', { name: 'Sprechernotizen' }));
    const notes = await within(deck).findByRole('region', { name: /^Sprechernotizen: / }, WAIT);
    expect(notes).toHaveTextContent(/Kernaussage: .+/);
    expect(notes).toHaveTextContent('Vorbehalte und Zählregeln');
    expect(notes).toHaveTextContent(/Zählregeln: Beträge behalten ihre Originalwährung/);
    expect(notes).toHaveTextContent(/Stand: \d{1,2}\. /);
    expect(notes).not.toHaveTextContent(/Takeaway|Caveats|counted/);
  });

  it('the handout prints each slide’s notes under it, on its page, without the source list', async () => {
    const { deck } = await openDeck();
    await waitFor(
      () => expect(deck.querySelector('.deck__stage .purl-time-plot')).not.toBeNull(),
      WAIT,
    );
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.deck__print .print-slide'));
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      const takeaway = page.querySelector('.slide__takeaway')?.textContent ?? '';
      const notes = page.querySelector<HTMLElement>('.speaker-notes--paper');
      expect(notes).not.toBeNull();
      expect(notes).toHaveTextContent(`Takeaway: ${takeaway}`);
      expect(notes).toHaveTextContent(/Counting rules:/);
      expect(notes?.querySelector('.speaker-notes__sources')).toBeNull();
    }
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
  });
});
