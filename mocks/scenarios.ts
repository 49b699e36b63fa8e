import { delay, HttpResponse } from 'msw';
import { contentTypeFor, serveAsIs, type FileTransform } from './handlers/data-files';
import { syntheticPledgeDataset } from './synthetic-pledges';

/** Development and test scenarios for the data host (`?scenario=NAME` in `npm run dev`). */
export const SCENARIOS = [
  'slow',
  'error',
  'missing',
  'offline',
  'malformed',
  'large',
  'huge',
  'empty',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export function isScenario(value: string | null): value is Scenario {
  return value !== null && (SCENARIOS as readonly string[]).includes(value);
}

const PLEDGES = 'pledges.json';
const KIEL = 'kiel-ust-r29/data_explorer.csv';

const json = (body: unknown) =>
  new HttpResponse(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

/** How each scenario serves a data file. Failing scenarios hit the pledge and Kiel files only. */
export function scenarioTransform(scenario: Scenario): FileTransform {
  return async (path, request, read) => {
    const target = path === PLEDGES || path === KIEL;
    switch (scenario) {
      case 'slow':
        await delay(4000);
        return serveAsIs(path, request, read);
      case 'error':
        return target
          ? new HttpResponse('Internal Server Error', { status: 500 })
          : serveAsIs(path, request, read);
      case 'missing':
        return target
          ? new HttpResponse('Not Found', { status: 404 })
          : serveAsIs(path, request, read);
      case 'offline':
        return target ? HttpResponse.error() : serveAsIs(path, request, read);
      case 'malformed': {
        if (!target) return serveAsIs(path, request, read);
        const text = await read(path, request);
        // A truncated transfer: half the file.
        return new HttpResponse(text.slice(0, Math.floor(text.length / 2)), {
          headers: { 'Content-Type': contentTypeFor(path) },
        });
      }
      case 'large':
        return path === PLEDGES
          ? json(syntheticPledgeDataset(10_000))
          : serveAsIs(path, request, read);
      case 'huge':
        return path === PLEDGES
          ? json(syntheticPledgeDataset(100_000))
          : serveAsIs(path, request, read);
      case 'empty':
        if (path === PLEDGES) {
          const real = JSON.parse(await read(path, request)) as { dataset: unknown };
          return json({ dataset: real.dataset, pledges: [] });
        }
        return serveAsIs(path, request, read);
    }
  };
}
