import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import featureBoundaries from './scripts/eslint/feature-boundaries.mjs';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-baseline',
      'node_modules',
      'public/mockServiceWorker.js',
      'bench-results',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: {
      'react-hooks': reactHooks,
      'jsx-a11y': jsxA11y,
      '@tanstack/query': pluginQuery,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...pluginQuery.configs['flat/recommended'][0].rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['msw', 'msw/*', '@mocks/*'],
              message: 'MSW is for tests and dev scenarios only (see src/main.tsx).',
            },
          ],
        },
      ],
    },
  },
  {
    // The layers (docs/architecture.md): app -> features -> shared; another feature only through
    // its index.ts; no cycle between features. Every file of the app, its tests and the MSW mocks,
    // without exception. scripts/ (Node maintainer tools) stand outside the layers.
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'tests/**/*.ts'],
    plugins: { local: featureBoundaries },
    rules: { 'local/feature-boundaries': 'error' },
  },
  {
    files: ['src/main.tsx', '**/*.test.{ts,tsx}', 'mocks/**', 'tests/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
