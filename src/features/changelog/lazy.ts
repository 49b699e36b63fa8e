// Loaders of this feature's lazily loaded parts: each is fetched as its own chunk on first call.
export const loadDataChangelogSection = () => import('./components/data-changelog-section');
