// Layer rules (ARCHITECTURE.md): a wrong-layer import fails `npm run lint`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'];
const ban = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['dist/', 'release/', '.native/', '.tsbuild/', 'node_modules/', 'test-results/', 'playwright-report/', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ban(NODE_BUILTINS, 'shared/ is pure TypeScript: no Node modules.'),
        ban(['electron', '**/electron/**'], 'shared/ must not import the main process.'),
        ban(['react', 'react-dom', '**/renderer/**', 'zustand', 'echarts'], 'shared/ must not import the renderer.'),
      ] }],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ban(['electron', '**/electron/app/**', '**/electron/preload/**'], 'The core runs in plain Node: only electron/app may import electron.'),
        ban(['react', 'react-dom', '**/renderer/**'], 'The core must not import the renderer.'),
      ] }],
    },
  },
  {
    files: ['electron/app/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ban(['react', 'react-dom', '**/renderer/**'], 'The main process must not import the renderer.')] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only matters under the React Compiler, which Tandem doesn't use; useVirtualizer is fine without it.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': ['error', { patterns: [
        ban(['electron', '**/electron/**'], 'The renderer talks to the core only through api/client.'),
        ban(NODE_BUILTINS, 'The renderer has no Node.'),
      ] }],
    },
  },
  {
    files: ['migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ban(['**/electron/**', '**/shared/**', '**/renderer/**'], 'A migration describes the schema of its day: never import app code.')] }],
    },
  },
  { files: ['build/**/*.mjs', '*.config.{js,ts}', 'tests/**/*.ts'], languageOptions: { globals: globals.node } },
);
