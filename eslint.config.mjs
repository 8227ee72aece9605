import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'build/**', 'coverage/**', 'test/fixtures/out/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // core stays pure: no host globals, no host libraries
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'Office', 'Excel', 'Application', 'window', 'document'],
      'no-restricted-imports': ['error', { patterns: ['exceljs', 'react', '*/hosts/*', '*/taskpane/*'] }],
    },
  },
);
