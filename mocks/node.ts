import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { setupServer } from 'msw/node';
import { dataFileHandlers, type FileTransform, type ReadDataFile } from './handlers/data-files';

const PUBLIC_DATA = fileURLToPath(new URL('../public/data/', import.meta.url));

/** Reads the bundled files from public/data, as the production server would serve them. */
export const readFromDisk: ReadDataFile = async (path) => {
  if (path.includes('..')) throw new Error(`refusing path ${path}`);
  return readFile(PUBLIC_DATA + path, 'utf8');
};

/** The MSW server for component and integration tests: the same contract as public/data. */
export function createDataServer(transform?: FileTransform) {
  return setupServer(...dataFileHandlers(readFromDisk, transform));
}
