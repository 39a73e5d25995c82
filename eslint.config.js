// ESLint flat config: typescript-eslint, React hooks, and the rules that keep the layers apart.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Exact module names ("paths"), so a folder of ours called events/ or url/ is not mistaken for Node's.
const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'net',
  'crypto',
  'url',
  'util',
  'stream',
  'events',
];

// The arrows point down (docs/ARCHITECTURE.md, "Layers"): nothing in the core or shared code
// imports the composition root (core/app) or a host; tests/unit/architecture.test.ts checks the
// same on resolved paths, and that shared code imports only shared code.
const layerPatterns = [
  {
    group: ['./app/*', '../app/*', '../../app/*', '../../../app/*'],
    message: 'Only the hosts import the composition root (core/app): pass what you need in.',
  },
  {
    group: ['**/main/*', '**/web/*', '**/preload/*'],
    message: 'The core never imports a host: declare a port in core/ports.ts.',
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='shell'][property.name='openExternal']",
          message: 'Open links through the guarded door (electron/main/open-external.ts) only.',
        },
        {
          selector: "MemberExpression[object.name='shell'][property.name='openPath']",
          message:
            'Open files through the guarded door (electron/main/open-calendar-file.ts) only.',
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/shared/**/*.ts'],
    ignores: ['electron/core/clock.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'The core never imports electron: add a port and adapt it in electron/main.',
            },
            ...layerPatterns,
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Time comes from the injected Clock.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time comes from the injected Clock.',
        },
      ],
    },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'electron',
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'Shared code runs in the renderer too: no Node.',
            })),
          ],
          patterns: [
            { group: ['node:*'], message: 'Shared code runs in the renderer too: no Node.' },
            ...layerPatterns,
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'electron',
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The renderer never touches Node: ask window.netwell.',
            })),
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer never touches Node: ask window.netwell.' },
            {
              group: [
                '**/electron/core/**',
                '**/electron/main/**',
                '**/electron/web/**',
                '**/electron/preload/**',
              ],
              message: 'The renderer may import only electron/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc.ts', 'electron/preload/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'ipcMain',
          message: 'Register IPC from the contract in electron/main/ipc.ts only.',
        },
        { object: 'ipcRenderer', message: 'Only the preload talks to ipcRenderer.' },
      ],
    },
  },
);
