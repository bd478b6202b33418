// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** The dependency rule of docs/architecture.md, enforced per folder with no-restricted-imports. */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'worker_threads'];
const rule = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const layer = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', 'bench/results*.json', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: rule([
      layer(['**/src-main/**', '**/src-renderer/**'], 'src-shared imports nothing of ours outside itself.'),
      layer([...nodeBuiltins, 'electron', 'better-sqlite3', 'react', 'react-dom', 'antd', 'exceljs', 'papaparse'], 'src-shared is pure: no Node, DOM framework, Electron or database.'),
    ]),
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: rule([
      layer(['**/src-main/**'], 'The renderer reaches main only through src-shared/api.'),
      layer([...nodeBuiltins, 'electron', 'better-sqlite3'], 'The renderer runs in a browser: no Node or Electron imports.'),
    ]),
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/electron/**', 'src-main/store/db.ts'],
    rules: rule([
      layer(['**/src-renderer/**'], 'src-main never imports the renderer.'),
      layer(['electron'], 'Only src-main/electron imports electron.'),
      layer(['better-sqlite3'], 'Only src-main/store/db.ts opens the database (the driver will be swapped).'),
    ]),
  },
  {
    files: ['src-main/service/**/*.ts'],
    rules: rule([
      layer(['**/src-renderer/**'], 'src-main never imports the renderer.'),
      layer(['electron', 'better-sqlite3'], 'The service knows nothing of Electron or the driver.'),
      layer(['**/electron/**', '**/web/**', '**/cli/**'], 'The service never knows its host.'),
    ]),
  },
  {
    files: ['src-main/electron/**/*.ts'],
    rules: rule([
      layer(['**/src-renderer/**'], 'src-main never imports the renderer.'),
      layer(['better-sqlite3'], 'Only src-main/store/db.ts opens the database.'),
      layer(['**/web/**', '**/cli/**'], 'Hosts do not import each other.'),
    ]),
  },
  {
    files: ['src-main/store/db.ts'],
    rules: rule([layer(['electron'], 'Only src-main/electron imports electron.')]),
  },
);
