/**
 * Add a new Kiel Ukraine Support Tracker release (maintainers): see docs/data-update.md.
 *
 *   npm run data:kiel -- FOLDER [--dry-run]
 *
 * FOLDER holds the release's files as published (data_explorer.csv, release_info.csv,
 * total_allocations.csv, procurement_trends.csv, and any other CSVs and README.md). Exit code 1
 * when they are rejected (nothing is written), 2 on usage.
 */
import { runKielRelease } from './data-kiel-run';

process.exitCode = runKielRelease(process.argv.slice(2), process.cwd());
