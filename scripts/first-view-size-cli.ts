/**
 * Weighs the first-view download of a production build against its budget:
 *
 *   npm run size                      (dist/, the budget in scripts/first-view-size.ts)
 *   npx tsx scripts/first-view-size-cli.ts other-dist --budget 240000
 *
 * Prints the total and each file (gzip), exits 1 when the total is over the budget. Build first
 * (`npx vite build`); `npm test` runs the same check after its e2e build.
 */
import path from 'node:path';
import { checkFirstViewBudget, FIRST_VIEW_BUDGET_BYTES, firstViewFiles } from './first-view-size';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget');
const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) : FIRST_VIEW_BUDGET_BYTES;
const folders = args.filter(
  (arg, index) => !arg.startsWith('--') && args[index - 1] !== '--budget',
);
const distDir = path.resolve(folders[0] ?? 'dist');
if (!Number.isFinite(budget) || budget <= 0) {
  console.error('--budget takes a number of bytes, e.g. --budget 250000');
  process.exit(2);
}
try {
  const check = checkFirstViewBudget(firstViewFiles(distDir), budget);
  console.log(check.report);
  process.exitCode = check.ok ? 0 : 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
