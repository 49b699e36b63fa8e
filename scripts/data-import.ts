/**
 * Import a Kiel data_explorer.csv or a pledge file into public/data (maintainers):
 *
 *   npm run data:import -- FILE [--dry-run] [--release N] [--kind kiel|pledges]
 *
 * Prints the validation report and the totals by donor in EUR bn (two decimals). Without
 * --dry-run it writes a Kiel file to public/data/kiel-ust-rNN/data_explorer.csv with a
 * PROVENANCE-IMPORT.md note (release, file, SHA-256), and a pledge file as validated JSON to
 * public/data/pledges.json. Exit code 1 when the file is rejected (nothing is written), 2 on usage.
 */
// The import feature's models reach other features' index.ts, which also name components with
// style sheets: Node loads those as empty modules (registered before the rest is imported).
import './node-css-stub.mjs';

const { runDataImport } = await import('./data-import-run');
process.exitCode = runDataImport(process.argv.slice(2), process.cwd());
