// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = {
  group: ['node:*'],
  message: 'shared/ and renderer/ run without Node: no node:* imports.',
};

/** Globals that exist only in Node: shared/ and renderer/ run without it. */
const nodeGlobals = [
  { name: 'process', message: 'Node only: shared/ and renderer/ get settings passed in, not from process.' },
  { name: 'Buffer', message: 'Node only: use Uint8Array and TextEncoder/TextDecoder.' },
  { name: 'require', message: 'Node only: use an import.' },
  { name: '__dirname', message: 'Node only.' },
  { name: '__filename', message: 'Node only.' },
  { name: 'global', message: 'Node only: use globalThis.' },
];

/** Globals that exist only in a window: shared/ and electron/ run without one. */
const domGlobals = [
  { name: 'window', message: 'No window here: only renderer/ has a DOM.' },
  { name: 'document', message: 'No DOM here: only renderer/ has one.' },
  { name: 'localStorage', message: 'No DOM here: only renderer/ has one.' },
  { name: 'navigator', message: 'No DOM here: only renderer/ has one.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  // The command line's starters (bin/, scripts/cli/) are CommonJS: no ES module loader at a start.
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The boundaries of house-style.md: shared/ is pure; renderer/ never reaches into electron/ or Node.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...nodeGlobals, ...domGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            { group: ['electron', 'electron/*'], message: 'shared/ is pure: no electron.' },
            { group: ['react', 'react-dom', 'react/*'], message: 'shared/ is pure: no React.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports only shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not run the React Compiler; this rule only reports what it would skip.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-globals': ['error', ...nodeGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer talks to main through window.api only.',
            },
            { group: ['**/electron/**'], message: 'renderer/ never imports electron/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...domGlobals],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }] },
      ],
    },
  },
  {
    files: ['electron/node/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'electron/node and the CLI run in plain Node: no electron import.',
            },
            { group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' },
          ],
        },
      ],
    },
  },
  // Only the two IPC modules may touch ipcMain / ipcRenderer (Heroic's rule).
  {
    files: ['electron/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['electron/main/ipc/handle.ts', 'electron/preload/api.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='ipcMain']", message: 'Only electron/main/ipc/handle.ts uses ipcMain.' },
        {
          selector: "Identifier[name='ipcRenderer']",
          message: 'Only electron/preload/api.ts uses ipcRenderer.',
        },
      ],
    },
  },
);
