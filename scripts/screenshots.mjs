// Screenshots of the built app (builds nothing: run `npx vite build` first).
//   node scripts/screenshots.mjs                       / and /?donors=POL~NOR~DEU
//   node scripts/screenshots.mjs '/?donors=POL' /?split=category
//   node scripts/screenshots.mjs --dist dist --out screenshots
//   node scripts/screenshots.mjs --grid               every view x size x theme x language
// For each path: 1280x720 and 390x844, each as the first screen and as the full page, written
// to screenshots/ (gitignored). Prints the paths of the files written.
// --grid: the explorer (overview and pledges), the funding page and the Present mode's first
// slides, at 1280x720, 1920x1080 and 390x844, in light, dark and projector, in English and
// German: the first screen of each (the pages' full length too), to screenshots/grid/.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { serveDist } from './serve-dist.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PATHS = ['/', '/?donors=POL~NOR~DEU'];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
];
const GRID_VIEWPORTS = [
  { name: '1280', width: 1280, height: 720 },
  { name: '1920', width: 1920, height: 1080 },
  { name: '390', width: 390, height: 844 },
];
const DECK = 'deck=pledges-by-donor~purl-timeline~funding-gap~kiel-monthly';
/** The grid's views: [name, path and query, also the full page]. */
const GRID_VIEWS = [
  ['explorer', '/?', true],
  ['funding', '/?page=financing&', true],
  ['deck1', `/?${DECK}&slide=1&`, false],
  ['deck2', `/?${DECK}&slide=2&`, false],
  ['deck3', `/?${DECK}&slide=3&`, false],
];
const THEMES = ['light', 'dark', 'projector'];
const LANGUAGES = ['en', 'de'];

/** Every cell of the grid: a file name, a URL path and whether to take the full page too. */
export function gridShots() {
  const shots = [];
  for (const [view, query, full] of GRID_VIEWS)
    for (const theme of THEMES)
      for (const lang of LANGUAGES)
        shots.push({
          name: `${view}-${theme}-${lang}`,
          path: `${query}theme=${theme}&lang=${lang}`,
          full,
        });
  return shots;
}

function parseArgs(argv) {
  const options = { dist: 'dist', out: 'screenshots', paths: [], grid: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--dist') options.dist = argv[(index += 1)] ?? options.dist;
    else if (arg === '--out') options.out = argv[(index += 1)] ?? options.out;
    else if (arg === '--grid') options.grid = true;
    else if (arg.startsWith('/')) options.paths.push(arg);
    else throw new Error(`unknown argument ${arg} (paths start with /)`);
  }
  if (options.paths.length === 0) options.paths = DEFAULT_PATHS;
  return options;
}

/** "/?donors=POL~NOR~DEU" -> "donors-POL-NOR-DEU"; "/" -> "home". */
export function slugForPath(urlPath) {
  const slug = urlPath
    .replace(/^\/+/, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug === '' ? 'home' : slug;
}

/** Wait for the charts to settle: fonts loaded, network quiet, no Recharts animation running. */
async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
  await page
    .locator('.recharts-surface')
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(800);
}

/** The grid (--grid): one first-screen PNG per view, size, theme and language. */
async function shootGrid(browser, baseUrl, outDir) {
  const written = [];
  await mkdir(path.join(outDir, 'grid'), { recursive: true });
  for (const viewport of GRID_VIEWPORTS) {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
    });
    try {
      for (const shot of gridShots()) {
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${baseUrl}${shot.path}`, { waitUntil: 'load' });
        await settle(page);
        const base = path.join(outDir, 'grid', `${shot.name}-${viewport.name}`);
        await page.screenshot({ path: `${base}.png` });
        written.push(`${base}.png`);
        if (shot.full) {
          await page.screenshot({ path: `${base}-full.png`, fullPage: true });
          written.push(`${base}-full.png`);
        }
        const scroll = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (scroll > 0)
          console.warn(`${shot.name}-${viewport.name}: scrolls sideways by ${scroll} px`);
        if (errors.length > 0) console.warn(`${shot.name}-${viewport.name}: ${errors.join(' | ')}`);
        await page.close();
      }
    } finally {
      await context.close();
    }
  }
  return written;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.grid) {
    const outDir = path.resolve(projectRoot, options.out);
    const served = await serveDist({ root: path.resolve(projectRoot, options.dist), port: 0 });
    const browser = await launchChromium();
    try {
      const written = await shootGrid(browser, served.url, outDir);
      console.log(
        `${written.length} files in ${path.relative(process.cwd(), path.join(outDir, 'grid'))}`,
      );
    } finally {
      await browser.close();
      await served.close();
    }
    return;
  }
  const outDir = path.resolve(projectRoot, options.out);
  await mkdir(outDir, { recursive: true });
  const served = await serveDist({ root: path.resolve(projectRoot, options.dist), port: 0 });
  const browser = await launchChromium();
  const written = [];
  try {
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: 1,
        reducedMotion: 'reduce',
      });
      try {
        for (const urlPath of options.paths) {
          const page = await context.newPage();
          const errors = [];
          page.on('pageerror', (error) => errors.push(error.message));
          page.on('console', (message) => {
            if (message.type() === 'error') errors.push(message.text());
          });
          await page.goto(`${served.url}${urlPath}`, { waitUntil: 'load' });
          await settle(page);
          const base = path.join(outDir, `${slugForPath(urlPath)}-${viewport.name}`);
          await page.screenshot({ path: `${base}.png` });
          await page.screenshot({ path: `${base}-full.png`, fullPage: true });
          written.push(`${base}.png`, `${base}-full.png`);
          if (errors.length > 0)
            console.warn(`${urlPath} (${viewport.name}): ${errors.join(' | ')}`);
          await page.close();
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await served.close();
  }
  for (const file of written) console.log(path.relative(process.cwd(), file));
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
