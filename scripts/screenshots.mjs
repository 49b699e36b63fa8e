// Screenshots of the built app (builds nothing: run `npx vite build` first).
//   node scripts/screenshots.mjs                       / and /?donors=POL~NOR~DEU
//   node scripts/screenshots.mjs '/?donors=POL' /?split=category
//   node scripts/screenshots.mjs --dist dist --out screenshots
// For each path: 1280x720 and 390x844, each as the first screen and as the full page, written
// to screenshots/ (gitignored). Prints the paths of the files written.
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

function parseArgs(argv) {
  const options = { dist: 'dist', out: 'screenshots', paths: [] };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--dist') options.dist = argv[(index += 1)] ?? options.dist;
    else if (arg === '--out') options.out = argv[(index += 1)] ?? options.out;
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

async function main() {
  const options = parseArgs(process.argv.slice(2));
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
