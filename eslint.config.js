// Lint rules, including the layering of docs/architecture.md: each folder of src/ may import
// only from the layers below it, features never import each other, and there are no cycles.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layers = [
  'schemas',
  'domain',
  'content-loader',
  'machines',
  'documents',
  'dossier',
  'persistence',
  'features',
  'ui',
  'i18n',
  'lib',
  'app',
  'cli',
];

/** What each layer may import (besides itself); DESIGN.md §2. */
const allowed = {
  schemas: [],
  domain: ['schemas'],
  'content-loader': ['schemas', 'domain'],
  machines: ['schemas', 'domain'],
  documents: ['schemas', 'domain'],
  dossier: ['schemas', 'domain'],
  persistence: ['schemas', 'domain', 'dossier'],
  ui: ['schemas', 'domain', 'i18n', 'lib'],
  i18n: ['schemas', 'domain'],
  lib: [],
  features: [
    'schemas',
    'domain',
    'content-loader',
    'machines',
    'documents',
    'dossier',
    'persistence',
    'ui',
    'i18n',
    'lib',
  ],
  app: layers.filter((layer) => layer !== 'cli'),
  cli: ['schemas', 'domain', 'content-loader', 'documents', 'dossier', 'i18n'],
};

const zones = Object.entries(allowed).flatMap(([layer, may]) => [
  {
    target: `./src/${layer}`,
    from: layers
      .filter((other) => other !== layer && !may.includes(other))
      .map((other) => `./src/${other}`),
    message: `src/${layer} may import only from: ${may.join(', ') || 'no other layer'} (docs/architecture.md).`,
  },
]);

const features = ['dossier-library', 'lifecycle-overview', 'wizard', 'documents', 'knowledge-base'];
const featureZones = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: features.filter((other) => other !== feature).map((other) => `./src/features/${other}`),
  message: 'Features never import each other; compose them in src/app.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'node_modules',
      'test-results',
      'playwright-report',
      'content/schemas',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: [...zones, ...featureZones] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/first': 'error',
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text nodes; never HTML strings (docs/security.md).',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Never assign innerHTML (docs/security.md).',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No eval: the Content-Security-Policy forbids it.',
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    // Browser layers must also run where there is no Node; only the CLI and tooling use it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Node modules belong in src/cli only.' }] },
      ],
    },
  },
  {
    files: ['src/cli/**', 'tests/**', 'tools/**', 'bin/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Tests may assert that fixtures exist with `!`; a wrong fixture fails the test anyway.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
