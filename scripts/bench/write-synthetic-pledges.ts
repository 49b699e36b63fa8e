// Writes a synthetic pledges.json (mocks/synthetic-pledges.ts) for the interaction benchmark.
//   npx tsx scripts/bench/write-synthetic-pledges.ts <out.json> <rows> [seed]
// The file is checked against the app's pledge schema before it is written, so the benchmark
// measures the app handling every row, not rejecting them.
import { writeFile } from 'node:fs/promises';
import * as v from 'valibot';
import { syntheticPledgeDataset } from '../../mocks/synthetic-pledges';
import { pledgeDatasetSchema } from '../../src/features/pledges/api/pledge-schema';

async function main(argv: readonly string[]): Promise<void> {
  const [out, rowsArg, seedArg = '29'] = argv;
  const rows = Number(rowsArg);
  const seed = Number(seedArg);
  if (!out || !Number.isInteger(rows) || rows < 1 || !Number.isInteger(seed)) {
    throw new Error('usage: write-synthetic-pledges.ts <out.json> <rows> [seed]');
  }
  // safeParse, not src/lib/validate: that module reads Vite's import.meta.env, absent under tsx.
  const result = v.safeParse(pledgeDatasetSchema, syntheticPledgeDataset(rows, seed));
  if (!result.success) {
    const problems = result.issues.slice(0, 3).map((issue) => issue.message);
    throw new Error(`synthetic data does not match the pledge schema: ${problems.join('; ')}`);
  }
  const dataset = result.output;
  if (dataset.pledges.length !== rows) {
    throw new Error(`expected ${rows} rows, the generator made ${dataset.pledges.length}`);
  }
  await writeFile(out, JSON.stringify(dataset));
  console.log(`bench: wrote ${rows} synthetic pledge rows (seed ${seed})`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
