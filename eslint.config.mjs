import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'build/**', 'coverage/**', 'test/fixtures/out/**', '**/*.js', '**/*.mjs', 'test/lint/*.fixture.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // type-aware rules: a switch over a union names every member; a `default` does not silently absorb a new
    // layout, rule or kind (considerDefaultExhaustiveForUnions: false)
    // (test/lint's fixture, ignored by `npm run lint`, proves it: test/lint/switchExhaustiveness.test.ts)
    files: ['src/**/*.ts', 'src/**/*.tsx', 'test/lint/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
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
