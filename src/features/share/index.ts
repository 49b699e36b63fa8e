// The public surface of the share feature: what other features and src/app use.
// Anything not exported here is internal (eslint: local/feature-boundaries).
export { ShareMenu } from './components/share-menu';
export { readEmbed, shareUrl } from './model/share-urls';
export { loadEmbedView } from './lazy';
