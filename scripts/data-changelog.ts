/**
 * Append a dated entry to the data changelog (maintainers): see docs/data-update.md.
 *
 *   npm run data:changelog -- --reason "TEXT" [--from GIT-REF | --from-dir FOLDER]
 *                             [--why KEY=TEXT]... [--date YYYY-MM-DD] [--dry-run]
 *
 * Compares public/data's pledges, PURL statements, reference rates and financing file with their
 * previous version (git HEAD by default) and appends the lines added, revised and removed.
 */
import { runDataChangelog } from './data-changelog-run';

process.exitCode = runDataChangelog(process.argv.slice(2), process.cwd());
