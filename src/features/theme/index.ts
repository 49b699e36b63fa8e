// The public surface of the theme feature: what other features and src/app use.
// Anything not exported here is internal (eslint: local/feature-boundaries).
export { ThemeControl } from './components/theme-control';
export { useTheme } from './model/use-theme';
