// Loaders of this feature's lazily loaded parts: each is fetched as its own chunk on first call.
export const loadImportedKiel = (id: string) =>
  import('./api/load-imported').then((module) => module.loadImportedKiel(id));
export const loadImportedPledges = (id: string) =>
  import('./api/load-imported').then((module) => module.loadImportedPledges(id));
