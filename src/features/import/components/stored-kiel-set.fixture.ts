import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseKielDataExplorer } from '@/features/kiel';
import type { StoredDataSet } from '../model/import-types';

const csv = readFileSync(join(process.cwd(), 'tests/fixtures/import/kiel-r29-subset.csv'), 'utf8');

/** A stored Kiel data set (three rows of the Release 29 subset fixture), as an import keeps it. */
export function storedKielSet(id: string, fileName: string): StoredDataSet {
  return {
    id,
    kind: 'kiel',
    fileName,
    importedAt: '2026-11-25T13:02:00.000Z',
    format: 'csv',
    accepted: 3,
    rejected: 0,
    warnings: 0,
    release: null,
    payload: { kind: 'kiel', data: parseKielDataExplorer(csv) },
  };
}
