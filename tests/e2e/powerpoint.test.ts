// PowerPoint in a real browser: the deck's "Download as PowerPoint" and a chart's Export item
// write a .pptx whose charts are chart parts (not pictures) with the on-screen table's numbers
// cached, one slide per chart between a cover and the sources, notes and sources in English and
// German.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { figure, waitForDashboard } from './support/app.ts';
import {
  TEST_TIMEOUT_MS,
  expectNoConsoleErrors,
  readTable,
  setupBrowser,
  type TableRows,
} from './support/browser.ts';
import { chartSeries, readPptx, type PptxContent } from './support/pptx.ts';

const harness = setupBrowser();

async function download(page: Page, button: Locator): Promise<{ name: string; pptx: PptxContent }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    button.click(),
  ]);
  const data = await readFile(await file.path());
  return { name: file.suggestedFilename(), pptx: await readPptx(data) };
}

/** A table cell as a number and half a unit of its last digit ("1,234.5" -> 1234.5 ± 0.05). */
function cellNumber(cell: string, locale: 'en' | 'de'): { value: number; tolerance: number } {
  if (cell === '–' || cell === '') return { value: 0, tolerance: 1e-9 };
  const plain =
    locale === 'de' ? cell.replaceAll('.', '').replace(',', '.') : cell.replaceAll(',', '');
  const number = /-?\d+(?:\.(\d+))?/.exec(plain.replace('−', '-'));
  assert.ok(number, `a number in "${cell}"`);
  return { value: Number(number[0]), tolerance: 0.5 * 10 ** -(number[1]?.length ?? 0) + 1e-9 };
}

/**
 * The chart part's series equal the table's columns: categories are the first column, series
 * `s` is the column headed with its name (`header(series)` finds it).
 */
function expectChartEqualsTable(
  xml: string,
  table: TableRows,
  locale: 'en' | 'de',
  column: (seriesName: string, header: readonly string[]) => number,
  // The on-screen table marks disputed donors with † (the slide's notes give both values).
  category: (row: readonly string[]) => string = (row) => (row[0] ?? '').replace(/ †$/, ''),
) {
  const series = chartSeries(xml);
  const header = table.head[0] ?? [];
  assert.ok(series.length > 0, 'the chart has series');
  for (const s of series) {
    assert.deepEqual(s.categories, table.body.map(category), `${s.name}: categories`);
    const index = column(s.name, header);
    assert.ok(index > 0, `a table column for series "${s.name}" in ${header.join(' | ')}`);
    table.body.forEach((row, r) => {
      const { value, tolerance } = cellNumber(row[index] ?? '', locale);
      assert.ok(
        Math.abs((s.values[r] ?? Number.NaN) - value) <= tolerance,
        `${s.name}, row ${r + 1}: chart ${s.values[r]} vs table ${row[index]}`,
      );
    });
  }
}

const startsWithName = (name: string, header: readonly string[]) =>
  header.findIndex((h) => h.startsWith(name));

void test(
  'deck: Download as PowerPoint — cover, one native chart per slide with the tables’ numbers, sources; notes with sources',
  { timeout: TEST_TIMEOUT_MS * 3 },
  async () => {
    const page = await harness.openApp('/?donors=POL~NOR~DEU');
    await waitForDashboard(page);
    const byDonor = await readTable(page, 'Pledges by donor');
    const purl = await readTable(page, 'PURL packages over time');
    const allocations = await readTable(page, 'Allocations by donor (Kiel tracker)');
    const monthly = await readTable(page, 'Allocations per month (Kiel tracker)');

    await page.getByRole('button', { name: 'Present', exact: false }).first().click();
    await page.getByRole('dialog').first().waitFor();
    const { name, pptx } = await download(
      page,
      page.getByRole('button', { name: 'Download as PowerPoint', exact: true }),
    );
    assert.match(name, /^ukraine-aid-briefing-\d{4}-\d{2}-\d{2}-en\.pptx$/);

    // Cover, four chart slides, then the sources (one slide or more).
    const titles = [
      'Pledges by donor',
      'PURL packages over time',
      'Allocations by donor (Kiel tracker)',
      'Allocations per month (Kiel tracker)',
    ];
    assert.ok(pptx.slides.length >= 6, `${pptx.slides.length} slides`);
    for (const title of titles) assert.ok(pptx.slides[0]?.includes(title), `cover names ${title}`);
    assert.match(
      pptx.slides[0] ?? '',
      /^Ukraine aid pledges: briefing deck Views 1\. Pledges by donor .*Data as of: .*Exported on \d+ \w{3} \d{4}/,
    );
    titles.forEach((title, i) => {
      const slide = pptx.slides[i + 1] ?? '';
      assert.ok(slide.startsWith(title), `slide ${i + 2} is ${title}`);
      assert.match(slide, /Filters: Donors: Poland, Norway and Germany/);
      assert.match(slide, /Source: .* As of /);
      assert.deepEqual(
        pptx.slideCharts[i + 1],
        [`ppt/charts/chart${i + 1}.xml`],
        `slide ${i + 2} holds a chart part`,
      );
      assert.match(
        pptx.notes[i + 1] ?? '',
        /^Takeaway: .*Caveats and counting rules:.*Sources \(full list\):\s+- .*: https:\/\//s,
      );
    });
    assert.equal(pptx.charts.length, 4, 'four chart parts');
    assert.deepEqual(pptx.media, [], 'no pictures: every chart is native');
    const last = pptx.slides.at(-1) ?? '';
    assert.match(
      last,
      /Cite this view as: Ukraine aid-pledge dashboard, view of .* http:\/\/127\.0\.0\.1:\d+\/\?donors=POL~NOR~DEU/,
    );
    assert.ok(last.includes('Kiel Institute for the World Economy'), 'the Kiel source is listed');
    // Disputed figures marked on the slide; every one (P019: USD 500M vs EUR 500M) in the notes.
    assert.match(
      pptx.slides[1] ?? '',
      /⚠ Disputed figures .*: USD 500M counted, per .+; sources disagree: /,
    );
    assert.match(
      pptx.notes[1] ?? '',
      /P019 Norway \+ Germany \+ Poland: USD 500M counted, per Government of Norway .+; sources disagree: €500M per /,
    );

    const charts = pptx.charts.map((chart) => chart.xml);
    const label = (row: readonly string[]) => (row[0] ?? '').replace(/ †$/, '');
    expectChartEqualsTable(charts[0] ?? '', byDonor, 'en', (s, h) => startsWithName(s, h), label);
    // PURL: bars = the EUR column (single or joint), the line = the running total.
    const [single, joint, running] = chartSeries(charts[1] ?? '');
    const purlHead = purl.head[0] ?? [];
    const eurColumn = purlHead.findIndex((h) => h.startsWith('EUR'));
    const runningColumn = purlHead.findIndex((h) => h.startsWith('Running total'));
    purl.body.forEach((row, r) => {
      const eur = cellNumber(row[eurColumn] ?? '', 'en');
      const total = cellNumber(row[runningColumn] ?? '', 'en');
      const bar = (single?.values[r] ?? 0) + (joint?.values[r] ?? 0);
      assert.ok(
        Math.abs(bar - eur.value) <= eur.tolerance,
        `PURL row ${r + 1}: ${bar} vs ${row[eurColumn]}`,
      );
      assert.ok(
        Math.abs((running?.values[r] ?? NaN) - total.value) <= total.tolerance,
        `PURL running ${r + 1}`,
      );
      assert.equal(single?.categories[r], row[0], `PURL date ${r + 1}`);
    });
    expectChartEqualsTable(charts[2] ?? '', allocations, 'en', (s, h) => startsWithName(s, h));
    expectChartEqualsTable(charts[3] ?? '', monthly, 'en', (s, h) => startsWithName(s, h));
    expectNoConsoleErrors(page);
  },
);

void test(
  'German, from a chart’s Export menu: one chart between cover and sources, German text, notes and the German table’s numbers',
  { timeout: TEST_TIMEOUT_MS * 2 },
  async () => {
    const page = await harness.openApp('/?lang=de&donors=POL~NOR~DEU');
    const title = 'Bereitstellungen je Monat (Kiel-Tracker)';
    const frame = figure(page, title);
    await frame.locator('.recharts-surface').first().waitFor({ state: 'visible' });
    await frame.getByRole('button', { name: 'Datentabelle anzeigen', exact: true }).click();
    const table = await readTable(page, title);
    await frame.getByRole('button', { name: `„${title}“ exportieren` }).click();
    const { name, pptx } = await download(
      page,
      frame.getByRole('button', {
        name: 'PowerPoint (.pptx), bearbeitbares Diagramm',
        exact: true,
      }),
    );
    assert.match(name, /-de\.pptx$/);
    assert.equal(pptx.slides.length, 3, 'cover, the chart, sources');
    assert.match(pptx.slides[0] ?? '', /Datenstand: .*Exportiert am/);
    assert.ok(pptx.slides[1]?.startsWith(title));
    assert.match(pptx.slides[1] ?? '', /Filter: Geber: Polen, Norwegen und Deutschland/);
    assert.match(pptx.slides[1] ?? '', /Quelle: Kiel Institute.* Stand Apr\. 2026/);
    assert.match(
      pptx.notes[1] ?? '',
      /^Kernaussage: .*Vorbehalte und Zählregeln:.*Quellen \(vollständige Liste\):\s+- Kiel Institute.*: https:\/\/www\.ifw-kiel\.de/s,
    );
    assert.match(
      pptx.slides[2] ?? '',
      /^Quellen .*Diese Ansicht zitieren als: Dashboard der Hilfszusagen/,
    );
    assert.deepEqual(pptx.slideCharts[1], ['ppt/charts/chart1.xml']);
    expectChartEqualsTable(pptx.charts[0]?.xml ?? '', table, 'de', (s, h) => startsWithName(s, h));
    await frame.getByRole('status').filter({ hasText: name }).waitFor();
    expectNoConsoleErrors(page);
  },
);

void test(
  'a chart PowerPoint cannot draw natively is a 2x picture, and its notes say so',
  { timeout: TEST_TIMEOUT_MS * 2 },
  async () => {
    const page = await harness.openApp('/?page=financing');
    const frame = page.locator('#plan-b-guarantees');
    await frame.locator('.recharts-surface').first().waitFor({ state: 'visible' });
    await frame.getByRole('button', { name: /^Export “/ }).click();
    const { pptx } = await download(
      page,
      frame.getByRole('button', { name: 'PowerPoint (.pptx), editable chart', exact: true }),
    );
    assert.equal(pptx.slides.length, 3);
    assert.deepEqual(pptx.charts, [], 'no chart part');
    assert.equal(pptx.media.length, 1, 'one picture');
    assert.match(
      pptx.notes[1] ?? '',
      /This chart is a picture \(PNG at twice the slide resolution\)/,
    );
    expectNoConsoleErrors(page);
  },
);
