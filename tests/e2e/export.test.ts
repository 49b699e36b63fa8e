// Export in a real browser: PNG at 1920x1080 and 2x (size from the PNG header, not blank),
// SVG with title, filters, source and as-of date, CSV with the same numbers as the data table.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { figure, waitForDashboard } from './support/app.ts';
import {
  TEST_TIMEOUT_MS,
  expectNoConsoleErrors,
  readTable,
  setupBrowser,
} from './support/browser.ts';

const harness = setupBrowser();

async function exportFile(
  page: Page,
  chart: string,
  item: string,
): Promise<{ name: string; data: Buffer }> {
  const frame = figure(page, chart);
  await frame.getByRole('button', { name: `Export “${chart}”` }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    frame.getByRole('button', { name: item, exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), data: await readFile(path) };
}

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian). */
function pngSize(png: Buffer): { width: number; height: number } {
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG signature');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Share of pixels that are not near-white and how many distinct colours, decoded by the page's canvas. */
function pixelStats(page: Page, png: Buffer) {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    let blue = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      if (r < 235 || g < 235 || b < 235) ink += 1;
      if (Math.abs(r - 0x00) < 12 && Math.abs(g - 0x72) < 12 && Math.abs(b - 0xb2) < 12) blue += 1;
    }
    return { inkShare: ink / (data.length / 4), blue };
  }, png.toString('base64'));
}

void test(
  'PNG 1920x1080 and 2x: right size, a drawn chart (not blank)',
  { timeout: TEST_TIMEOUT_MS * 2 },
  async () => {
    // A narrow window: the export keeps its canonical layout whatever the window size.
    const page = await harness.openApp('/?donors=POL~NOR~DEU', {
      viewport: { width: 900, height: 700 },
    });
    await waitForDashboard(page);
    const png = await exportFile(page, 'Pledges by donor', 'PNG image, 1920 × 1080');
    const size = pngSize(png.data);
    assert.equal(
      png.name,
      `pledges-by-donor-1920x${size.height}.png`,
      'the name gives the real size',
    );
    assert.equal(size.width, 1920);
    assert.ok(size.height >= 1080, `height ${size.height}`);
    const stats = await pixelStats(page, png.data);
    assert.ok(stats.inkShare > 0.03, `ink on ${Math.round(stats.inkShare * 1000) / 10}% of pixels`);
    assert.ok(stats.blue > 2000, `PURL-blue bar pixels: ${stats.blue}`);

    const big = await exportFile(page, 'PURL packages over time', 'PNG image, 2× (3840 × 2160)');
    assert.equal(pngSize(big.data).width, 3840);
    assert.ok(pngSize(big.data).height >= 2160);
    assert.ok((await pixelStats(page, big.data)).inkShare > 0.03);
    await figure(page, 'Pledges by donor')
      .getByRole('status')
      .filter({ hasText: 'Downloaded' })
      .waitFor();
    expectNoConsoleErrors(page);
  },
);

void test(
  'SVG: title, filters, source and as-of date, no CSS variables',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/?donors=POL~NOR~DEU');
    await waitForDashboard(page);
    const svg = (
      await exportFile(page, 'Allocations per month (Kiel tracker)', 'SVG image')
    ).data.toString('utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="\d+"/);
    for (const part of [
      'Allocations per month (Kiel tracker)',
      'Filters: Donors: Poland, Norway and Germany',
      'Source: Kiel Institute',
      'As of Apr 2026',
    ]) {
      assert.ok(svg.includes(part), `SVG contains "${part}"`);
    }
    assert.ok(!svg.includes('var('), 'no CSS variables in a standalone image');
    assert.ok((svg.match(/recharts-bar-rectangle/g) ?? []).length > 10, 'bars drawn');
  },
);

/**
 * Each text line of an exported SVG as drawn by the browser: its text and whether its box lies
 * inside the image (a line running off the edge, or an ellipsis, is cut text).
 */
function svgTextLines(page: Page, svg: string) {
  return page.evaluate((markup) => {
    const host = document.createElement('div');
    host.innerHTML = markup;
    document.body.append(host);
    const root = host.querySelector('svg') as SVGSVGElement;
    const width = Number(root.getAttribute('width'));
    const height = Number(root.getAttribute('height'));
    // The composed text only (the chart's own axis text is checked by themes.test.ts).
    const lines = [...root.querySelectorAll(':scope > text')].map((node) => {
      const box = (node as SVGTextElement).getBBox();
      return {
        text: node.textContent ?? '',
        inside:
          box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height,
      };
    });
    host.remove();
    return { width, height, lines };
  }, svg);
}

void test(
  'PNG and SVG never cut text: the funding gap keeps its whole source and as-of date, the donor chart its exchange-rate note',
  { timeout: TEST_TIMEOUT_MS * 2 },
  async () => {
    const page = await harness.openApp('/?page=financing');
    await figure(page, 'Funding gap 2026–2027: need and what covers it')
      .locator('.recharts-surface')
      .first()
      .waitFor();
    const gapTitle = 'Funding gap 2026–2027: need and what covers it';
    const gapSvg = (await exportFile(page, gapTitle, 'SVG image')).data.toString('utf8');
    const gap = await svgTextLines(page, gapSvg);
    const gapText = gap.lines.map((line) => line.text).join(' ');
    assert.deepEqual(
      gap.lines.filter((line) => !line.inside),
      [],
      'every line inside the image',
    );
    assert.ok(!gapText.includes('…'), 'no line shortened with an ellipsis');
    assert.match(gapText, /Source: Need: .*financing\.json\)\./, 'the whole source line');
    assert.match(gapText, /As of \d+ \w{3} \d{4}\./, 'the as-of date');
    const gapPng = pngSize((await exportFile(page, gapTitle, 'PNG image, 1920 × 1080')).data);
    assert.deepEqual(gapPng, { width: gap.width, height: gap.height }, 'PNG as tall as the SVG');

    const explorer = await harness.openApp('/?donors=POL~NOR~DEU~USA~GBR');
    await waitForDashboard(explorer);
    const donorSvg = (await exportFile(explorer, 'Pledges by donor', 'SVG image')).data.toString(
      'utf8',
    );
    const donor = await svgTextLines(explorer, donorSvg);
    const donorText = donor.lines.map((line) => line.text).join(' ');
    assert.deepEqual(
      donor.lines.filter((line) => !line.inside),
      [],
    );
    const csv = (await exportFile(explorer, 'Pledges by donor', 'Data as CSV')).data.toString(
      'utf8',
    );
    const note = /\r\n"?# Note: ([^\r]*?)"?\r\n/.exec(csv)?.[1];
    assert.ok(note, 'the CSV has the exchange-rate note');
    assert.ok(
      donorText.replaceAll(/\s+/g, ' ').includes(`Note: ${note}`.replaceAll(/\s+/g, ' ')),
      'the image has the same note, whole',
    );
    expectNoConsoleErrors(page);
  },
);

/** One CSV line into cells (quoted cells with commas and doubled quotes). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted && char === '"' && line[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

const tableNumber = (cell: string) => (cell === '–' ? 0 : Number(cell.replaceAll(',', '')));

void test(
  'CSV: the same donors and numbers as the chart’s data table',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/?donors=POL~NOR~DEU~FRA&split=category');
    await waitForDashboard(page);
    const csv = (await exportFile(page, 'Pledges by donor', 'Data as CSV')).data.toString('utf8');
    assert.ok(csv.startsWith('\uFEFF# Pledges by donor\r\n'), 'BOM and title line');
    // Metadata lines holding a comma are quoted (a reader splitting on it keeps the line whole).
    assert.match(csv, /\r\n"?# Source: /);
    assert.match(csv, /\r\n# As of: \d+ \w{3} \d{4}\r\n/);
    const lines = csv
      .slice(1)
      .split('\r\n')
      .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('"#'));
    const [fullHeader, ...fullRows] = lines.map(csvCells);
    // The CSV's last five columns give disputed amounts (mark, sources, alternative values); the
    // table marks the donor with a dagger and lists them in the chart's notes.
    const disputeColumns = 5;
    assert.equal(fullHeader?.at(-disputeColumns), 'Disputed (†)');
    const header = fullHeader?.slice(0, -disputeColumns);
    const rows = fullRows.map((row) => row.slice(0, -disputeColumns));
    const table = await readTable(page, 'Pledges by donor');
    assert.deepEqual(
      header?.filter((h) => h !== 'Donor code'),
      table.head[0],
    );
    assert.equal(rows.length, table.body.length);
    rows.forEach((row, index) => {
      const cells = row.filter((_, column) => column !== 1);
      const shown = table.body[index] ?? [];
      assert.equal(cells[0], shown[0]?.replace(/ †$/, ''), `row ${index + 1} donor`);
      const disputed = fullRows[index]?.at(-disputeColumns) !== '';
      assert.equal(shown[0]?.endsWith(' †'), disputed, `row ${index + 1}: mark as in the CSV`);
      for (let column = 1; column < shown.length; column += 1) {
        const exact = Number(cells[column]);
        assert.ok(
          Math.abs(exact - tableNumber(shown[column] ?? '')) <= 0.05 + 1e-9,
          `row ${index + 1} column ${column}: CSV ${exact} vs table ${shown[column]}`,
        );
      }
    });
  },
);
