import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'wasm/build/', 'wasm/assembly/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Layers: model ← workers ← app (only app/engine talks to the workers); the command line
  // reads the model, the workers and the shipped data. Nothing points back.
  {
    files: ['model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['idb', 'comlink', 'react', 'react-dom', 'd3'],
          patterns: [
            {
              group: ['**/app/**', '**/workers/**', '**/cli/**', '**/wasm/**'],
              message: 'The model imports nothing from the app, the workers, the CLI or the core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['workers/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['idb', 'react', 'react-dom'],
          patterns: [
            {
              group: ['**/app/**', '**/cli/**'],
              message: 'Workers read the model, never the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['app/**'],
    ignores: ['app/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/workers/**', '**/cli/**'],
              message: 'Only app/engine talks to the workers.',
            },
          ],
        },
      ],
    },
  },
  {
    // Charts and the editor stay pure: no storage or worker plumbing.
    files: ['app/charts/**', 'app/editor/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['idb', 'comlink'],
          patterns: [
            {
              group: ['**/workers/**', '**/cli/**'],
              message: 'Only app/engine talks to the workers.',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
