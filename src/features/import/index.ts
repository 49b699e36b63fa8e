// The public surface of the import feature: what other features and src/app use.
// Anything not exported here is internal (eslint: local/feature-boundaries).
export { DataButton } from './components/data-button';
export { KielDataHeading } from './components/data-set-heading';
export { ImportedDataBanner } from './components/imported-data-banner';
export { UserDataSource } from './components/user-data-source';
export { kielToCsv, pledgesToCsv } from './model/export-data';
export { pledgeTemplateCsv } from './model/pledge-template';
export { kielFixtureRow } from './model/test-rows';
export { loadImportedKiel, loadImportedPledges } from './lazy';
