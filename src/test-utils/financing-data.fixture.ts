// Test helper: the financing page's bundled data files, validated by the app's own schemas.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { euOptionsSchema, type CalculatorParam, gdpTableFromKiel } from '@/features/eu-options';
import { financingDataSchema } from '@/features/financing';
import { fxRatesSchema } from '@/lib/fx-schema';
import { parseWith } from '@/lib/validate';
import { realKielRows } from './real-data.fixture';
import type { EuOptionsSlideData, FinancingSlideData } from '@/features/briefing';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '../../public/data');
const json = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

export function realFinancing(needParam: string | null = null): FinancingSlideData {
  return {
    data: parseWith(financingDataSchema, json('financing.json'), 'financing.json'),
    fx: parseWith(fxRatesSchema, json('fx-rates.json'), 'fx-rates.json'),
    needParam,
  };
}

export function realEuOptions(
  params: Partial<Record<CalculatorParam, string>> = {},
): EuOptionsSlideData {
  return {
    data: parseWith(euOptionsSchema, json('eu-options.json'), 'eu-options.json'),
    gdp: gdpTableFromKiel(realKielRows()),
    params: {
      rate: params.rate ?? null,
      years: params.years ?? null,
      members: params.members ?? null,
      country: params.country ?? null,
    },
  };
}
