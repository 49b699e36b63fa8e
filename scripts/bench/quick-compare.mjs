// Development aid (not part of `npm run bench`): filter changes of one or more app builds and
// the baseline, measured alternately in one run, with commits and components per change.
//   node scripts/bench/quick-compare.mjs [--cpu 4] [--rounds 3] [--changes 3] [--rows real|10000|100000] [--viewport 1280x720] label=dir ...
// Every `dir` is a built app (vite build --outDir dir); the baseline is dist-baseline/.
import { cp, copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../chromium.mjs';
import { serveDist } from '../serve-dist.mjs';
import { measureInteractions } from './interaction.mjs';
import { median } from './stats.mjs';
import { writeSyntheticPledges } from './variants.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  if (index < 0) return fallback;
  const [value] = args.splice(index, 2).slice(1);
  return value;
};
const cpu = Number(option('--cpu', '4'));
const rounds = Number(option('--rounds', '3'));
const changes = Number(option('--changes', '3'));
const rows = option('--rows', 'real');
const viewportOption = option('--viewport', null);
const viewportMatch = viewportOption === null ? null : /^(\d+)x(\d+)$/.exec(viewportOption);
if (viewportOption !== null && !viewportMatch) {
  console.error(`--viewport wants WIDTHxHEIGHT in pixels, e.g. 1280x720 (got "${viewportOption}")`);
  process.exit(2);
}
const viewport = viewportMatch
  ? { width: Number(viewportMatch[1]), height: Number(viewportMatch[2]) }
  : undefined;
const builds = args.map((arg) => {
  const [label, dir] = arg.split('=');
  return { label, dir: path.resolve(dir) };
});

const work = await mkdtemp(path.join(os.tmpdir(), 'quick-compare-'));
const servers = [];
const browser = await launchChromium();
try {
  const targets = [];
  for (const build of builds) {
    let root = build.dir;
    if (rows !== 'real') {
      const file = path.join(work, `pledges-${rows}.json`);
      await writeSyntheticPledges(projectRoot, file, Number(rows), 29).catch(() => undefined);
      root = path.join(work, build.label);
      await cp(build.dir, root, { recursive: true });
      await copyFile(file, path.join(root, 'data', 'pledges.json'));
    }
    const served = await serveDist({ root, port: 0 });
    servers.push(served);
    targets.push({ label: build.label, url: `${served.url}/` });
  }
  const base = await serveDist({ root: path.join(projectRoot, 'dist-baseline'), port: 0 });
  servers.push(base);
  targets.push({ label: 'baseline', url: `${base.url}/` });
  const results = new Map(targets.map((t) => [t.label, []]));
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? targets : [...targets].reverse();
    for (const target of order) {
      const measured = await measureInteractions(browser, target.url, {
        cpuSlowdown: cpu,
        changes,
        viewport,
      });
      results.get(target.label).push(...measured.samples);
      if (measured.consoleErrors.length)
        console.log(target.label, 'errors', measured.consoleErrors);
    }
  }
  const baseOn = median(results.get('baseline').map((s) => s.onScreenMs));
  const baseAll = median(results.get('baseline').map((s) => s.settledMs));
  for (const [label, samples] of results) {
    const on = median(samples.map((s) => s.onScreenMs));
    const all = median(samples.map((s) => s.settledMs));
    const commits = median(samples.map((s) => s.renders.commits));
    const comps = median(samples.map((s) => s.renders.components));
    const figure = median(samples.map((s) => s.figureSettledMs ?? Number.NaN));
    console.log(
      `${label}: on screen ${Math.round(on)} ms (${(on / baseOn).toFixed(2)}x), every chart ${Math.round(all)} ms (${(all / baseAll).toFixed(2)}x), donor chart's DOM settled ${Math.round(figure)} ms; per change ${commits} commits, ${comps} components [${samples.map((s) => `${s.preset}:${s.renders.commits}/${s.renders.components}`).join(' ')}]`,
    );
    if (process.env.TOP)
      console.log(
        '   top',
        JSON.stringify(samples.at(-1).renders.topComponents),
        'per commit',
        JSON.stringify(samples.map((s) => s.renders.perCommit)),
        'commit ends (ms after the first)',
        JSON.stringify(samples.map((s) => s.renders.commitOffsetsMs)),
        'on screen / every chart',
        JSON.stringify(samples.map((s) => [Math.round(s.onScreenMs), Math.round(s.settledMs)])),
        'last change',
        JSON.stringify(samples.map((s) => s.lastChange)),
      );
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
  await rm(work, { recursive: true, force: true });
}
