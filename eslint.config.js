// The lint gate run by `npm test`: typescript-eslint's strictest type-checked rules over all
// TypeScript, plus Footnote's own rule that a vocabulary never lists an entry twice.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import noDuplicateEntries from './scripts/lint/no-duplicate-entries.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { footnote: { rules: { 'no-duplicate-entries': noDuplicateEntries } } },
    rules: {
      'footnote/no-duplicate-entries': 'error',
      // Numbers print unambiguously in messages and keys; other non-strings still need String().
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => el.remove()` as a callback returns nothing anyone reads; other void uses still fail.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Passing on a caught rejection unchanged creates no new non-Error reason.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      // A loop that only counts (`for (const _ of matches)`) names its element `_`.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_$' }],
    },
  },
  {
    files: ['src/page/article-metadata.ts'],
    rules: {
      // JSON-LD in the wild carries raw control characters, which JSON.parse refuses; the cleanup must name them.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // In a test a missing value fails the test at once, which is the check `!` would have skipped.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
