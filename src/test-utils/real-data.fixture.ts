// Test helper: the bundled data files, parsed by the app's own parsers (real-data cases).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMPTY_FILTERS, type FilterState } from '@/lib/filter-state';
import { parseKielDataExplorer, type KielDonorMonth } from '@/features/kiel';
import {
  buildRateTable,
  parsePledgeRows,
  preparePledges,
  type PreparedPledges,
} from '@/features/pledges';
import { fxRatesSchema } from '@/lib/fx-schema';
import { parseWith } from '@/lib/validate';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '../../public/data');
const read = (file: string) => readFileSync(join(DATA, file), 'utf8');

let prepared: PreparedPledges | undefined;
export function realPledges(): PreparedPledges {
  if (!prepared) {
    const parsed = parsePledgeRows(JSON.parse(read('pledges.json')), 'pledges.json');
    const fx = parseWith(fxRatesSchema, JSON.parse(read('fx-rates.json')), 'fx-rates.json');
    prepared = preparePledges(parsed.dataset, buildRateTable(fx));
  }
  return prepared;
}

let kiel: KielDonorMonth[] | undefined;
export function realKielRows(): KielDonorMonth[] {
  kiel ??= parseKielDataExplorer(read('kiel-ust-r29/data_explorer.csv')).rows;
  return kiel;
}

export const filtersOf = (patch: Partial<FilterState> = {}): FilterState => ({
  ...EMPTY_FILTERS,
  ...patch,
});
