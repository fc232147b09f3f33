// Lint rules, including the architecture's boundaries: Electron only at the edge, no Node or database in the
// renderer, and db/ free of everything above it.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'util', 'stream', 'worker_threads'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.electron-native/**', 'test-results/**', 'playwright-report/**', '.tsbuildinfo/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['electron/**/*.ts', 'db/**/*.ts', 'scripts/**/*.mjs', 'bin/**/*.mjs', 'tests/**/*.{ts,mjs}', 'bench/**/*.ts', 'build/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Only the shell's three files may import Electron; everything else must run in plain Node.
    files: ['electron/**/*.ts', 'db/**/*.ts', 'tests/unit/**/*.ts', 'scripts/**/*.mjs'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only electron/main.ts, preload.ts and ipc.ts may import Electron.' }] }],
    },
  },
  {
    // db/ is the bottom layer: SQLite and a few Node built-ins, nothing from the app above it.
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'db/ runs in plain Node: no Electron.' }],
          patterns: [
            { regex: '(^|/)(electron|renderer)/', message: 'db/ must not import from electron/ or renderer/: the capabilities import db, not the other way.' },
            { group: ['node:child_process', 'node:http', 'node:https', 'node:net'], message: 'db/ has no business with processes or the network.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer is untrusted and runs in a sandbox: it reaches the main process only through routes.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the main process only through routes (api/client.ts).' },
            { name: 'better-sqlite3', message: 'The renderer never touches the database: call a route.' },
          ],
          patterns: [
            { group: NODE_BUILTINS, message: 'The renderer runs in a sandbox without Node.' },
            { regex: '(^|/)db(/|$)', message: 'The renderer never imports db/: call a route.' },
            {
              regex: '(^|/)electron/(?!api/(contract|types|wire)$)',
              message: 'From electron/ the renderer may import only the contract and its types (electron/api/contract, types, wire).',
            },
          ],
        },
      ],
    },
  },
);
