// For more info, see https://github.com/storybookjs/eslint-plugin-storybook#configuration-flat-config-format
import storybook from 'eslint-plugin-storybook';

import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

// The arrows between src/ folders (pipeline stages), one rule per folder: what it may not import. A
// relative import is read by the folder name after its `../` steps; test/docs/import-arrows.test.ts
// resolves real paths and fails on any cycle between folders.
const ABOVE_ALL = [
  'load',
  'view',
  'schedule',
  'worker',
  'controllers',
  'charts',
  'elements',
  'styles',
  'entries',
  'react',
  'cli',
  // The report as SQL: reads data's rules and core's types; only an entry and the CLI import it.
  'sql',
];
const IMPORT_ARROWS = {
  // Messages are words, not logic: they import nothing of the kit; data, core and loading stay English codes.
  i18n: ['data', 'table', 'core', ...ABOVE_ALL],
  data: ['table', 'core', 'i18n', ...ABOVE_ALL],
  table: ['core', 'i18n', ...ABOVE_ALL],
  // core/index.ts re-exports setWorkerUrl (worker/worker-url.ts): the one known arrow up, allowed below.
  core: ['i18n', ...ABOVE_ALL],
  view: ['load', 'controllers', 'elements', 'worker', 'charts', 'styles', 'entries', 'react', 'cli', 'sql'],
  load: ['i18n', 'controllers', 'elements', 'view', 'charts', 'styles', 'entries', 'react', 'cli', 'sql'],
  schedule: ['data', 'table', 'core', ...ABOVE_ALL.filter((folder) => folder !== 'schedule')],
  worker: ['i18n', ...ABOVE_ALL].filter((folder) => folder !== 'worker'),
  controllers: ['elements', 'charts', 'styles', 'entries', 'react', 'cli', 'sql'],
  sql: ['table', 'i18n', ...ABOVE_ALL.filter((folder) => folder !== 'sql')],
  charts: [
    'load',
    'schedule',
    'worker',
    'controllers',
    'elements',
    'styles',
    'entries',
    'react',
    'cli',
    'sql',
  ],
};
const importArrows = Object.entries(IMPORT_ARROWS).map(([folder, banned]) => ({
  files: [`src/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^\\.\\.?/(\\.\\./)*(${banned.join('|')})/${folder === 'core' ? '(?!worker-url\\.js$)' : ''}`,
            message: `src/${folder}/ may not import from src/{${banned.join(',')}}/: see its README.md.`,
          },
        ],
      },
    ],
  },
}));

// The byte reader (src/data/bytes) follows the text rules, never the other way: data's own files may not
// import it. Its own rule repeats data's arrows, since a later rule replaces an earlier one's options.
const dataArrows = importArrows.find((config) => config.files[0] === 'src/data/**/*.ts');
const bytesFence = {
  files: ['src/data/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...dataArrows.rules['no-restricted-imports'][1].patterns,
          {
            regex: '^\\./bytes/',
            message: 'src/data/ text rules may not import the byte reader (src/data/bytes/README.md).',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'storybook-static/', 'bench/data/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
  ...importArrows,
  bytesFence,
  storybook.configs['flat/recommended'],
);
