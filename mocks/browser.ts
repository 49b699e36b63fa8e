import { bypass } from 'msw';
import { setupWorker } from 'msw/browser';
import { dataFileHandlers, type ReadDataFile } from './handlers/data-files';
import { scenarioTransform, type Scenario } from './scenarios';

/** In the browser the real file comes from the dev server, fetched around the worker. */
const readViaNetwork: ReadDataFile = async (_path, request) => {
  const response = await fetch(bypass(request));
  if (!response.ok) throw new Error(`${request.url} answered ${response.status}`);
  return response.text();
};

export async function startScenario(scenario: Scenario) {
  const worker = setupWorker(...dataFileHandlers(readViaNetwork, scenarioTransform(scenario)));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: false });
  return worker;
}
