import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDataServer, readFromDisk } from '@mocks/node';
import { parseKielDataExplorer } from '@/features/kiel';
import { formatNumber } from '@/lib/format';
import { setLocale } from '@/lib/i18n/locale';
import { createTestQueryClient } from '@/test-utils/render-with-client';
import { euOptionsSchema, type EuOptionsData } from '../api/eu-options-schema';
import { ScenarioCalculatorSection } from './scenario-calculator-section';

const server = createDataServer();
const WAIT = { timeout: 15_000 };
let data: EuOptionsData;
let gdp: Map<string, number>;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  const request = new Request('http://localhost/');
  data = v.parse(euOptionsSchema, JSON.parse(await readFromDisk('eu-options.json', request)));
  const kiel = parseKielDataExplorer(await readFromDisk('kiel-ust-r29/data_explorer.csv', request));
  gdp = new Map(kiel.rows.flatMap((row) => (row.gdp ? [[row.iso, row.gdp] as const] : [])));
});
afterEach(() => {
  server.resetHandlers();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());

function renderCalculator(search = '', highlight: readonly string[] = []) {
  window.history.replaceState(null, '', `/${search}`);
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <ScenarioCalculatorSection highlight={highlight} />
    </QueryClientProvider>,
  );
}

const output = (term: RegExp) => {
  const dt = screen.getByText(term, { selector: 'dt' });
  return (dt.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ');
};
const bn = (value: number) => `€${formatNumber(value, 2)}B`;
const param = (name: string) => new URLSearchParams(window.location.search).get(name);
const sum = (codes: readonly string[]) =>
  codes.reduce((total, code) => total + (gdp.get(code) ?? 0), 0);

function expectNoBrokenNumbers() {
  expect(document.body.textContent).not.toMatch(/NaN|Infinity|\de\+\d/);
}

describe('ScenarioCalculatorSection', { timeout: 30_000 }, () => {
  it("shows the defaults from the data files: 90 x 3.33 % and Germany's key among the 24", async () => {
    renderCalculator();
    const rate = await screen.findByRole('textbox', { name: 'Interest rate (% a year)' }, WAIT);
    expect(rate).toHaveValue('3.33');
    expect(screen.getByRole('textbox', { name: 'Years' })).toHaveValue('7');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('DEU');
    const yearly = (90 * 3.33) / 100; // 2.997
    expect(output(/^Plan A: interest the EU budget pays a year/)).toBe(
      `${bn(yearly)} (€90B × 3.33 %)`,
    );
    const key = gdp.get('DEU')! / sum(data.calculatorDefaults.participants);
    const groupGdp = sum(data.calculatorDefaults.participants);
    expect(output(/^Germany’s key/)).toBe(
      `${formatNumber(key * 100, 2)} % (€${formatNumber(gdp.get('DEU')!, 1)}B of €${formatNumber(groupGdp, 1)}B)`,
    );
    expect(output(/^Germany’s share of Plan A’s interest/)).toBe(
      `${bn(yearly * key)} / ${bn(yearly * key * 7)}`,
    );
    expect(output(/^Plan B guarantee for Germany: reported/)).toBe('€51.30B');
    const eu27 = [...data.calculatorDefaults.participants, 'CZE', 'HUN', 'SVK'];
    const euShare = gdp.get('DEU')! / sum(eu27);
    expect(output(/^Plan B guarantee for Germany: computed/)).toBe(
      `${bn(210 * euShare)} (€210B × ${formatNumber(euShare * 100, 2)} % of EU-27 GDP)`,
    );
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(24);
    expectNoBrokenNumbers();
  });

  it('typing a rate updates the outputs and the URL (decimal comma accepted)', async () => {
    const user = userEvent.setup();
    renderCalculator();
    const rate = await screen.findByRole('textbox', { name: 'Interest rate (% a year)' }, WAIT);
    await user.clear(rate);
    await user.type(rate, '3,5');
    expect(param('rate')).toBe('3,5');
    expect(rate).toHaveValue('3,5');
    expect(output(/^Plan A: interest the EU budget pays a year/)).toContain('€3.15B');
    expect(output(/^Plan A: interest over 7 years/)).toBe('€22.05B');
  });

  it('a bad rate shows a message next to the field, keeps the text, and computes with the default', async () => {
    const user = userEvent.setup();
    renderCalculator();
    const rate = await screen.findByRole('textbox', { name: 'Interest rate (% a year)' }, WAIT);
    await user.clear(rate);
    await user.type(rate, '-1');
    expect(rate).toHaveValue('-1');
    expect(rate).toHaveAttribute('aria-invalid', 'true');
    expect(rate).toHaveAccessibleDescription(/The rate cannot be negative/);
    expect(output(/^Plan A: interest the EU budget pays a year/)).toContain(bn(2.997));
    await user.clear(rate);
    expect(rate).toHaveAccessibleDescription(/Enter an interest rate/);
    await user.type(rate, '1e999');
    expect(rate).toHaveAccessibleDescription(/not a number/);
    const years = screen.getByRole('textbox', { name: 'Years' });
    await user.clear(years);
    await user.type(years, '500');
    expect(years).toHaveAccessibleDescription(/at most 50 years/);
    expectNoBrokenNumbers();
  });

  it('a link restores every input (reload), and junk in it is named and kept', async () => {
    renderCalculator('?rate=4&years=10&members=DEU~FRA&country=FRA');
    const rate = await screen.findByRole('textbox', { name: 'Interest rate (% a year)' }, WAIT);
    expect(rate).toHaveValue('4');
    expect(screen.getByRole('textbox', { name: 'Years' })).toHaveValue('10');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('FRA');
    expect(
      screen
        .getAllByRole('checkbox', { checked: true })
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(['Germany', 'France']);
    const key = gdp.get('FRA')! / (gdp.get('DEU')! + gdp.get('FRA')!);
    expect(output(/^France’s share of Plan A’s interest/)).toBe(
      `${bn(3.6 * key)} / ${bn(36 * key)}`,
    );
  });

  it('junk URL values: messages, defaults used, nothing typed is lost', async () => {
    renderCalculator('?rate=abc&years=0&members=USA~XX&country=ZZZ');
    const rate = await screen.findByRole('textbox', { name: 'Interest rate (% a year)' }, WAIT);
    expect(rate).toHaveValue('abc');
    expect(rate).toHaveAccessibleDescription(/“abc” is not a number/);
    expect(screen.getByRole('textbox', { name: 'Years' })).toHaveAccessibleDescription(
      /at least 1 year/,
    );
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveAccessibleDescription(
      /not an EU member code/,
    );
    expect(screen.getByText(/ignored: USA, XX/)).toBeInTheDocument();
    expect(output(/^Plan A: interest the EU budget pays a year/)).toContain(bn(2.997));
    expect(output(/^Plan A: interest over 7 years/)).toBe(bn(2.997 * 7));
    expectNoBrokenNumbers();
  });

  it('participants: presets and checkboxes write `members`; a non-participant bears no Plan A cost', async () => {
    const user = userEvent.setup();
    renderCalculator('?country=HUN');
    await screen.findByRole('combobox', { name: 'Country' }, WAIT);
    expect(output(/^Hungary’s key/)).toContain('not a participant');
    expect(output(/^Hungary’s share of Plan A’s interest/)).toContain('€0.00B / €0.00B');
    const presets = screen.getByRole('group', { name: 'Member state presets' });
    await user.click(within(presets).getByRole('button', { name: 'All 27' }));
    expect(param('members')?.split('~')).toHaveLength(27);
    expect(output(/^Hungary’s key/)).toMatch(/\d %/);
    await user.click(within(presets).getByRole('button', { name: 'Clear' }));
    expect(param('members')).toBe('');
    expect(screen.getByText(/Choose at least one participating member state/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Hungary' }));
    expect(param('members')).toBe('HUN');
    expect(output(/^Hungary’s key/)).toContain('100.00 %');
    await user.click(within(presets).getByRole('button', { name: '24 (default)' }));
    expect(param('members')).toBeNull();
  });

  it("one EU donor in the explorer's filter becomes the default country and gets a row of its own", async () => {
    renderCalculator('', ['POL', 'NOR']);
    const country = await screen.findByRole('combobox', { name: 'Country' }, WAIT);
    expect(country).toHaveValue('POL');
    expect(screen.getByText('Preselected from your donor filter.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /EU members in your donor filter/ });
    expect(within(table).getByRole('rowheader', { name: 'Poland' })).toBeInTheDocument();
    expect(within(table).getByText('€10.30B')).toBeInTheDocument();
  });

  it('choosing a country by keyboard writes it to the URL', async () => {
    const user = userEvent.setup();
    renderCalculator();
    const country = await screen.findByRole('combobox', { name: 'Country' }, WAIT);
    await user.selectOptions(country, 'ITA');
    expect(param('country')).toBe('ITA');
    await waitFor(() => expect(output(/^Plan B guarantee for Italy: reported/)).toBe('€25.10B'));
  });

  it('years=60: a visible error next to the field, announced, and the outputs say which value they use', async () => {
    renderCalculator('?years=60');
    const years = await screen.findByRole('textbox', { name: 'Years' }, WAIT);
    expect(years).toHaveValue('60');
    expect(years).toHaveAttribute('aria-invalid', 'true');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Enter at most 50 years.');
    expect(years.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    expect(years.closest('.eu-calc__field')).toContainElement(alert);
    const used = document.querySelector('.eu-calc__used')?.textContent ?? '';
    expect(used).toContain('7 years');
    expect(used).toContain('Years “60” is not usable, so 7 (the default) is used.');
  });

  it('the chart: interest and guarantee on separate panels, every series in the legend', async () => {
    renderCalculator('?country=DEU');
    await screen.findByRole('textbox', { name: 'Years' }, WAIT);
    const legend = screen.getByRole('list', { name: 'Legend' });
    const items = within(legend)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/Plan A interest paid so far/);
    expect(items[1]).toMatch(/^Plan B, reported: €\d/);
    expect(items[2]).toMatch(/^Plan B, computed with GDP key: €\d/);
    expect(screen.getByText(/Plan A interest paid up to each year/)).toBeVisible();
    expect(screen.getByText(/Total interest against the guarantee/)).toBeVisible();
  });

  it('German: the key’s note, with how its GDP was read, is German throughout', async () => {
    setLocale('de');
    try {
      renderCalculator();
      const note = await screen.findByText(/^Schlüssel: BIP von Deutschland/, {}, WAIT);
      expect(note).toHaveTextContent(/BIP in Mrd\. EUR aus dem Release des Kiel-Trackers/);
      expect(note).toHaveTextContent(/Deutschland 3\.601,75 Mrd\. €/);
      expect(note.textContent).not.toMatch(/GDP|the release/);
      expect(screen.getByRole('link', { name: /data_explorer\.csv, Spalte gdp/ })).toBeVisible();
    } finally {
      setLocale('en');
    }
  });
});
