// Lint for `review`: typescript-eslint's recommended rules, limits that keep files and functions
// small enough to read, and the layering STYLE.md asks for (core and render never touch the
// process or the console; only io/ and commands/ do).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noProcess = {
  'no-restricted-globals': [
    'error',
    { name: 'process', message: 'core/ and render/ are pure: take what you need from the caller (an IO or an option).' },
    { name: 'console', message: 'core/ and render/ return text; the shell writes it.' },
  ],
  'no-restricted-imports': [
    'error',
    {
      paths: ['node:process', 'process', 'node:fs', 'fs', 'node:fs/promises', 'node:child_process', 'child_process'].map((name) => ({
        name,
        message: 'core/ and render/ are pure: reading, writing and spawning belong to io/.',
      })),
    },
  ],
  'no-console': 'error',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'docs/**', 'test/e2e/__output__/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }],
      complexity: ['error', 25],
      'max-depth': ['error', 5],
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  { files: ['src/core/**/*.ts', 'src/render/**/*.ts'], rules: noProcess },
  // The executable is CommonJS (bin/package.json): it starts faster than an ES module.
  { files: ['bin/**/*.js'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests match what a terminal receives, colour codes included.
      'no-control-regex': 'off',
      'max-lines': ['error', { max: 800, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
