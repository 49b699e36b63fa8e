import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setupServer } from 'msw/node';
import { dataFileHandlers, type FileTransform, type ReadDataFile } from './handlers/data-files';

// Tests run from the project root (vitest's root).
const PUBLIC_DATA = path.resolve(process.cwd(), 'public/data') + path.sep;

/** Reads the bundled files from public/data, as the production server would serve them. */
export const readFromDisk: ReadDataFile = async (path) => {
  if (path.includes('..')) throw new Error(`refusing path ${path}`);
  return readFile(PUBLIC_DATA + path, 'utf8');
};

/** The MSW server for component and integration tests: the same contract as public/data. */
export function createDataServer(transform?: FileTransform) {
  return setupServer(...dataFileHandlers(readFromDisk, transform));
}
