import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // The core and the map are used through their public faces only (src/core/index.ts, io.ts,
  // compute.ts and pack.ts; src/map/index.ts, and src/map/tile-data.ts for the report worker).
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/map/**/*.ts', 'src/cli/**/*.ts', 'src/sample/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/*/*'], message: 'Import the core from src/core/index.ts (or io.ts, compute.ts, pack.ts: its public faces).' }] }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/core/*/*'], message: 'Import the core from src/core/index.ts (or io.ts, compute.ts, pack.ts: its public faces).' },
        { group: ['**/map/*', '!**/map/index.ts', '!**/map/tile-data.ts'], message: 'Import the map from src/map/index.ts (or tile-data.ts in the report worker).' },
      ] }],
    },
  },
);
